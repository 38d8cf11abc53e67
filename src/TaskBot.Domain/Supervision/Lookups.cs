using TaskBot.Domain.Behind;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// What the office and the leaders ask about others: a unit's tasks (农牧局的任务), whether it reported this period
/// (农牧局报了吗), a leader's tasks (柳天云的任务). A unit may ask only about itself.
/// </summary>
public sealed class Lookups(TaskSupervision supervision, IPlanReader plans)
{
    /// <summary>The unit a name said in chat stands for, in the current plan's organisation.</summary>
    public async Task<UnitMatch> FindUnitAsync(TaskProgress? progress, string name, CancellationToken cancellationToken) =>
        UnitMatch.Find(await plans.UnitDirectoryAsync(cancellationToken), name, progress?.Plan.Organisation ?? "");

    /// <summary>The plan's leader of that name, padded or not; null when the plan has none.</summary>
    public static Leader? FindLeader(TaskProgress progress, string name) =>
        new LeaderDirectory(Leaders(progress)).Find(name);

    /// <summary>The plan's lead leaders, by name.</summary>
    public static IReadOnlyList<Leader> Leaders(TaskProgress progress) =>
        [.. progress.Tasks.SelectMany(t => t.LeadLeaders).DistinctBy(l => l.Name).OrderBy(l => l.Name, StringComparer.Ordinal)];

    /// <summary>The office and the leaders may ask about any unit; a unit's own people about their unit only.</summary>
    public static bool MayAskAbout(Viewer viewer, Unit unit) =>
        viewer.Member.Role is MemberRole.Office or MemberRole.Leader || viewer.Unit?.Id == unit.Id;

    public static bool MayAskAboutLeaders(Viewer viewer) => viewer.Member.Role is MemberRole.Office or MemberRole.Leader;

    /// <summary>The tasks the unit leads, then those it supports (配合), each as supervision judges it today.</summary>
    public (IReadOnlyList<TaskAssessment> Led, IReadOnlyList<TaskAssessment> Supported) UnitTasks(TaskProgress progress, Unit unit)
    {
        var tasks = progress.Tasks.Where(t => t.Concerns(unit)).OrderBy(t => t.Number).ToList();
        return ([.. tasks.Where(t => progress.IsLedBy(t, unit)).Select(t => supervision.Assess(progress, t))],
            [.. tasks.Where(t => !progress.IsLedBy(t, unit)).Select(t => supervision.Assess(progress, t))]);
    }

    /// <summary>
    /// The tasks the unit owes a report on this period, each with its report of this period (null: not yet) — or, on a
    /// task it leads jointly, another lead unit's, which speaks for the task; a task it reported done this period is
    /// among them, reported.
    /// </summary>
    public IReadOnlyList<(TaskItem Task, ProgressReport? Report)> ThisPeriod(TaskProgress progress, Unit unit) =>
        [.. supervision.OwedThisPeriod(progress, unit).Select(t => (t,
            supervision.ReportedNow(progress, t, unit.Id) ? progress.LatestBy(t, unit.Id)
            : supervision.AnsweredNow(progress, t, unit) ? progress.LeadReports(t)[0] : null))];

    /// <summary>The tasks the leader leads, by number.</summary>
    public IReadOnlyList<TaskAssessment> LeaderTasks(TaskProgress progress, Leader leader) =>
        [.. progress.Tasks.Where(t => t.IsLedBy(leader)).OrderBy(t => t.Number).Select(t => supervision.Assess(progress, t))];
}
