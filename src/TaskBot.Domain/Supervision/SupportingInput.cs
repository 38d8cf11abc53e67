using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// Who owes a report on a task, and the input supporting units (配合单位) give: the lead unit reports for the task;
/// a supporting unit reports when the lead unit asks it (or every period, when the office says so), and its input
/// goes to the lead unit. "两个或以上部门联合办理的，由牵头部门负责报告".
/// </summary>
public sealed class SupportingInput(SupervisionOptions options, ISupportRequestStore requests, ISupportNotices notices,
    PeriodCalendar periods, LocalClock clock) : Loop.IReportFollowUp
{
    public SupportingUnitReporting Reporting => options.SupportingUnits;

    public bool Owes(TaskProgress progress, TaskItem task, Unit unit) =>
        progress.IsLedBy(task, unit)
        || (task.Concerns(unit) && (Reporting == SupportingUnitReporting.EveryPeriod || progress.RequestsTo(task, unit).Count > 0));

    /// <summary>
    /// The task's supporting units that the names given stand for, as a name said in chat finds a unit (by name, by an
    /// alias in the unit directory, with or without 旗, or abbreviated: 人社局), and the names that are none of them;
    /// no names: all of them.
    /// </summary>
    /// <param name="directory">The unit directory, with aliases (the plan's units may come without them).</param>
    public static (IReadOnlyList<Unit> Units, IReadOnlyList<string> Unknown) Choose(TaskProgress progress, TaskItem task,
        IReadOnlyList<string> names, IReadOnlyList<Unit> directory)
    {
        var supporting = progress.SupportingUnits(task);
        if (names.Count == 0) return (supporting, []);
        IReadOnlyList<Unit> known = [.. supporting.Select(s => directory.FirstOrDefault(d => d.Id == s.Id) ?? s)];
        var chosen = new List<Unit>();
        var unknown = new List<string>();
        foreach (var name in names)
        {
            if (UnitMatch.Find(known, name, progress.Plan.Organisation).Unit is { } match && supporting.First(s => s.Id == match.Id) is var unit)
            {
                if (!chosen.Contains(unit)) chosen.Add(unit);
            }
            else unknown.Add(UnitName.Clean(name));
        }
        return (chosen, unknown);
    }

    /// <summary>
    /// The lead unit asks supporting units of the task for input this period: one message each, with a button to report.
    /// Returns the units asked and those that have no one bound to ask.
    /// </summary>
    public async Task<(IReadOnlyList<Unit> Asked, IReadOnlyList<Unit> Unreached)> AskAsync(
        Viewer lead, TaskItem task, IReadOnlyList<Unit> units, CancellationToken cancellationToken)
    {
        if (!lead.MayReport || !lead.LeadsTask(task))
            throw new UnauthorizedAccessException($"member {lead.Member.Id} does not lead task {task.Number}");
        var period = periods.Containing(clock.Today).Key;
        var by = lead.Signature;
        await requests.AddAsync([.. units.Select(u => new SupportRequest(task.Id, u.Id, lead.Unit!.Id, period, by, clock.UtcNow))],
            cancellationToken);
        var unreached = await notices.AskAsync(task, lead.Unit!, units, period, cancellationToken);
        return (units, unreached);
    }

    /// <summary>
    /// A supporting unit's input goes to the lead units that asked for it this period, or, unasked, to the task's
    /// single lead units (a collective lead's members each report their own part and are not told).
    /// </summary>
    public Task FollowUpAsync(Viewer reporter, TaskItem task, ProgressReport report, CancellationToken cancellationToken) =>
        reporter.LeadsTask(task) ? Task.CompletedTask : PassOnAsync(task, reporter.Unit!, report, cancellationToken);

    private async Task PassOnAsync(TaskItem task, Unit from, ProgressReport input, CancellationToken cancellationToken)
    {
        var asked = (await requests.InPeriodAsync(input.PeriodKey, cancellationToken))
            .Where(r => r.TaskItemId == task.Id && r.UnitId == from.Id).Select(r => r.RequestedByUnitId).ToHashSet();
        var leads = asked.Count > 0 ? asked : task.AnsweringUnits.Where(u => !u.IsCollective).Select(u => u.Id).ToHashSet();
        if (leads.Count > 0) await notices.PassOnAsync(task, from, input, leads, cancellationToken);
    }
}
