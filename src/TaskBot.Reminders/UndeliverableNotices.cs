using System.Globalization;
using TaskBot.Data.Outbox;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Supervision;

namespace TaskBot.Reminders;

/// <summary>Tells the office, once a day per recipient, that reminders to someone cannot be delivered.</summary>
public sealed class UndeliverableNotices(IPeopleStore people, ReminderAddresses addresses, OutboxStore outbox, OutboxSignal signal, LocalClock clock)
{
    public async Task QueueAsync(IReadOnlyList<(OutboxRecord Record, DeliveryProblem Problem)> failed, CancellationToken cancellationToken)
    {
        var office = (await people.MembersAsync(cancellationToken)).Where(m => m.Role == Domain.People.MemberRole.Office).ToList();
        var today = clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var notices = (from f in failed
                       where f.Record.Kind != nameof(ReminderKind.Undeliverable)
                       from member in office
                       where f.Record.Recipient != ReminderRecipient.Person(member).Key
                       select new Reminder(ReminderKind.Undeliverable, today, f.Record.Recipient, ReminderRecipient.Person(member))
                       {
                           Detail = f.Record.Summary, About = Enum.Parse<ReminderKind>(f.Record.Kind), Problem = f.Problem,
                       }).DistinctBy(r => r.Key).ToList();
        if (notices.Count == 0) return;
        var (messages, _) = await addresses.AddressAsync(notices, new Dictionary<string, int>(), cancellationToken);
        if (await outbox.EnqueueAsync(messages, cancellationToken) > 0) signal.Notify();
    }
}
