using TaskBot.Data.Outbox;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Reminders;

/// <summary>
/// Requests for input to supporting units and their input back to the lead unit, as outbox messages to each bound
/// reporter of the unit: a request goes out once a period per person, each input once.
/// </summary>
public sealed class SupportNotices(IPeopleStore people, ReminderAddresses addresses, OutboxStore outbox, OutboxSignal signal) : ISupportNotices
{
    public async Task<IReadOnlyList<Unit>> AskAsync(TaskItem task, Unit lead, IReadOnlyList<Unit> units, string periodKey,
        CancellationToken cancellationToken)
    {
        var reporters = await ReportersAsync([.. units.Select(u => u.Id)], cancellationToken);
        var requests = (from unit in units
                        from member in reporters.Where(m => m.UnitId == unit.Id)
                        select new Reminder(ReminderKind.SupportRequest, periodKey, ReminderPlanner.TaskSubject(task),
                            ReminderRecipient.Person(member))
                        { Tasks = [task], Unit = unit, Detail = lead.Name }).ToList();
        var reached = await QueueAsync(requests, cancellationToken);
        return [.. units.Where(u => !reached.Contains(u.Id))];
    }

    public async Task PassOnAsync(TaskItem task, Unit from, ProgressReport input, IReadOnlyCollection<int> leadUnitIds,
        CancellationToken cancellationToken)
    {
        var notices = (await ReportersAsync(leadUnitIds, cancellationToken))
            .Select(m => new Reminder(ReminderKind.SupportInput, input.PeriodKey, $"report:{input.Id}", ReminderRecipient.Person(m))
            { Tasks = [task], Unit = from, Report = input }).ToList();
        await QueueAsync(notices, cancellationToken);
    }

    private async Task<IReadOnlyList<Member>> ReportersAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken) =>
        [.. (await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.UnitReporter && m.UnitId is { } u && unitIds.Contains(u))];

    /// <summary>Queues what can be addressed; returns the units at least one of whose people it reached.</summary>
    private async Task<HashSet<int>> QueueAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        if (reminders.Count == 0) return [];
        var (messages, unreachable) = await addresses.AddressAsync(reminders, new Dictionary<string, int>(), cancellationToken);
        if (await outbox.EnqueueAsync(messages, cancellationToken) > 0) signal.Notify();
        return [.. reminders.Except(unreachable).Select(r => r.Recipient.Member!.UnitId!.Value)];
    }
}
