using TaskBot.Domain.People;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Data.Outbox;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Supervision;
using TaskBot.Reminders.Robots;

namespace TaskBot.Reminders;

/// <summary>What one run derived: each message and whether it was queued before, and who could not be reached.</summary>
public sealed record ReminderRunResult(ReminderJob Job, IReadOnlyList<(OutboxMessage Message, bool AlreadyQueued)> Messages,
    IReadOnlyList<Reminder> Unreachable, int Queued);

/// <summary>
/// One run of a reminder job: derive what is owed now from the plan, address it, and queue it in the outbox (new
/// keys only). The scheduler runs it at the configured times; the office can run it at once, or as a dry run.
/// </summary>
public sealed class ReminderRun(TaskSupervision supervision, IPeopleStore people, ReminderPlanner planner, ReminderAddresses addresses,
    OutboxStore outbox, OutboxSignal signal, TaskQueries queries, IOptions<RobotOptions> robots, LocalClock clock, ILogger<ReminderRun> log,
    Domain.Loop.CoordinationDesk coordination, AssessmentProjection? projection = null)
{
    /// <summary>The scheduler's entry point: only what is due by now.</summary>
    public Task ScheduledAsync(ReminderJob job, CancellationToken cancellationToken) => RunAsync(job, now: false, dryRun: false, cancellationToken);

    /// <summary>The office's "remind now" from the dashboard, as the command line does it.</summary>
    public Task NowAsync(ReminderJob job, CancellationToken cancellationToken) => RunAsync(job, now: true, dryRun: false, cancellationToken);

    /// <param name="now">Run as if due (the office's "remind now"), whatever the time.</param>
    /// <param name="dryRun">Derive and address only; queue nothing.</param>
    public async Task<ReminderRunResult> RunAsync(ReminderJob job, bool now, bool dryRun, CancellationToken cancellationToken)
    {
        if (await supervision.ProgressAsync(cancellationToken) is not { } progress) return new ReminderRunResult(job, [], [], 0);
        var robotUnits = await RobotUnitsAsync(cancellationToken);
        var roster = Roster.Of(progress.Tasks, ReminderChannel.OnePerPerson(await people.MembersAsync(cancellationToken)), robotUnits.Values);
        var reminders = job switch
        {
            ReminderJob.Weekly => planner.Weekly(progress, roster, now),
            ReminderJob.Escalation => planner.Escalation(progress, roster, await NudgedAsync(cancellationToken), now),
            ReminderJob.Digest => await WithOpenCoordinationAsync(planner.Digest(progress, roster), roster, cancellationToken),
            _ => planner.Deadlines(progress, roster, now),
        };
        var (messages, unreachable) = await addresses.AddressAsync(reminders, robotUnits, cancellationToken);
        var known = await outbox.QueuedKeysAsync([.. messages.Select(m => m.Kind).Distinct()], [.. messages.Select(m => m.Occasion).Distinct()],
            cancellationToken);
        var queued = dryRun ? 0 : await outbox.EnqueueAsync(messages, cancellationToken);
        if (queued > 0) signal.Notify();
        if (!dryRun && job == ReminderJob.Weekly) await NoteAskedAsync([.. reminders.Except(unreachable)], cancellationToken);
        foreach (var r in unreachable)
            log.LogWarning("{Kind} {Occasion} for {Recipient}: no conversation to write to", r.Kind, r.Occasion, r.Recipient.Key);
        log.LogInformation("{Job} reminders: {Derived} derived, {Queued} newly queued{DryRun}", job, messages.Count, queued,
            dryRun ? " (dry run)" : "");
        return new ReminderRunResult(job, [.. messages.Select(m => (m, known.Contains(m.Key)))], unreachable, queued);
    }

    // A unit reminded for the first time goes live: its unreported periods count from today.
    private async Task NoteAskedAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        var units = reminders.Where(r => r.Kind == ReminderKind.Weekly)
            .Select(r => r.Recipient.Member?.UnitId ?? r.Recipient.Group?.Id).OfType<int>().Distinct();
        var wentLive = false;
        foreach (var unit in units) wentLive |= await people.NoteUnitGoLiveAsync(unit, clock.Today, cancellationToken);
        if (wentLive && projection is not null) await projection.UnitsWentLiveAsync(cancellationToken);
    }

    // The half-month digest carries the coordination requests still open: each leader's own, all of them in the bulletin.
    private async Task<IReadOnlyList<Reminder>> WithOpenCoordinationAsync(IReadOnlyList<Reminder> digests, Roster roster,
        CancellationToken cancellationToken)
    {
        var withItems = new List<Reminder>();
        foreach (var r in digests)
        {
            var viewer = roster.People.FirstOrDefault(p => p.Member.Id == r.Recipient.Member?.Id);
            var open = viewer is null ? [] : await coordination.OpenForAsync(viewer, cancellationToken);
            withItems.Add(r.Bulletin is { } b ? r with { Bulletin = b with { Coordination = open } } : r with { OpenCoordination = open });
        }
        return withItems;
    }

    private async Task<IReadOnlyDictionary<int, DateOnly>> NudgedAsync(CancellationToken cancellationToken)
    {
        var week = ReminderSchedule.Week(clock.Today).Key;
        var nudged = await outbox.FirstQueuedAsync(nameof(ReminderKind.Nudge), week, cancellationToken);
        return nudged.Select(n => (Unit: ReminderPlanner.UnitOf(n.Key), At: n.Value)).Where(n => n.Unit is not null)
            .ToDictionary(n => n.Unit!.Value, n => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(n.At, clock.Zone).DateTime));
    }

    /// <summary>Robot name → the unit it posts for; a robot whose unit is unknown is left out with a warning.</summary>
    private async Task<IReadOnlyDictionary<string, int>> RobotUnitsAsync(CancellationToken cancellationToken)
    {
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sink in robots.Value.Sinks)
        {
            if (await queries.FindUnitAsync(sink.Unit, cancellationToken) is { } unit) units[sink.Name] = unit.Id;
            else log.LogWarning("Robot {Robot}: no unit named {Unit}", sink.Name, sink.Unit);
        }
        return units;
    }
}
