using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// The supervised plan as one person sees it: their tasks, the reports on them, what is behind, and saving
/// their unit's reports for the current period.
/// </summary>
public sealed class TaskSupervision(IPlanReader plans, IReportStore reports, BehindRules rules, PeriodCalendar periods, LocalClock clock,
    IEnumerable<Loop.IReportFollowUp> followUps)
{
    public DateOnly Today => clock.Today;
    public Period CurrentPeriod => periods.Containing(clock.Today);

    public async Task<TaskProgress?> ProgressAsync(CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is not { } plan) return null;
        return await ProgressAsync(plan, cancellationToken);
    }

    /// <summary>Where each task of the plan stands on its lead units' latest reports.</summary>
    public async Task<TaskProgress> ProgressAsync(Plan plan, CancellationToken cancellationToken)
    {
        var latest = await reports.LatestAsync([.. plan.Tasks.Select(t => t.Id)], cancellationToken);
        var collectiveLeads = plan.Tasks.Any(t => t.LeadUnits.Any(u => u.IsCollective));
        return new TaskProgress(plan, latest, collectiveLeads ? await plans.UnitsAsync(cancellationToken) : []);
    }

    /// <summary>The task's recent reports, newest first.</summary>
    public Task<IReadOnlyList<ProgressReport>> HistoryAsync(TaskItem task, int count, CancellationToken cancellationToken) =>
        reports.HistoryAsync(task.Id, count, cancellationToken);

    public IReadOnlyList<TaskItem> Visible(TaskProgress progress, Viewer viewer) =>
        [.. progress.Plan.Tasks.Where(viewer.Sees).OrderBy(t => t.Number)];

    public TaskAssessment Assess(TaskProgress progress, TaskItem task) =>
        rules.AssessParts(task, progress.Plan.Year, progress.LeadReports(task), clock.Today) with { Collectives = progress.Tallies(task, CurrentPeriod.Key) };

    /// <summary>The tasks behind among those given, worst first.</summary>
    public IReadOnlyList<TaskAssessment> Behind(TaskProgress progress, IEnumerable<TaskItem> tasks) =>
        [.. TaskAssessment.WorstFirst(tasks.Select(t => Assess(progress, t)).Where(a => a.IsBehind))];

    /// <summary>Saves the unit's report; refuses anyone who is not, at this moment, a reporter of a unit of the task.</summary>
    public async Task<ProgressReport> SaveAsync(Viewer viewer, TaskItem task, ReportContent content, CancellationToken cancellationToken)
    {
        EnsureMayReport(viewer, task);
        var report = new ProgressReport(task.Id, viewer.Unit!.Id, CurrentPeriod, content, viewer.Member.Name ?? viewer.Member.UserId, clock.UtcNow);
        await reports.SaveAsync(report, cancellationToken);
        foreach (var followUp in followUps) await followUp.FollowUpAsync(viewer, task, report, cancellationToken);
        return report;
    }

    /// <summary>无变化: repeats the unit's last report for the current period; null when there is nothing to repeat or it is already this period's.</summary>
    public async Task<ProgressReport?> CarryForwardAsync(Viewer viewer, TaskProgress progress, TaskItem task, CancellationToken cancellationToken)
    {
        EnsureMayReport(viewer, task);
        if (progress.LatestBy(task, viewer.Unit!.Id) is not { } last || last.PeriodKey == CurrentPeriod.Key) return null;
        var report = new ProgressReport(task.Id, viewer.Unit.Id, CurrentPeriod, last.Content, viewer.Member.Name ?? viewer.Member.UserId, clock.UtcNow, carriedForward: true);
        await reports.SaveAsync(report, cancellationToken);
        return report;
    }

    /// <summary>The unit's first task (by number) with no report from it in the current period.</summary>
    public TaskItem? NextUnreported(TaskProgress progress, Viewer viewer, int after) =>
        Visible(progress, viewer).Where(viewer.MayReportOn)
            .Where(t => progress.LatestBy(t, viewer.Unit!.Id)?.PeriodKey != CurrentPeriod.Key)
            .OrderBy(t => t.Number <= after).ThenBy(t => t.Number).FirstOrDefault();

    /// <summary>Units that lead open tasks (a collective lead's members each for its part) and have not reported on all of them for the current period, with how many are missing.</summary>
    public IReadOnlyList<(Unit Unit, int Missing)> Unreported(TaskProgress progress) =>
        [.. UnreportedTasks(progress).Select(u => (u.Unit, u.Tasks.Count))];

    /// <summary>The same units with the tasks they have not reported on, most missing first.</summary>
    public IReadOnlyList<(Unit Unit, IReadOnlyList<TaskItem> Tasks)> UnreportedTasks(TaskProgress progress)
    {
        var period = CurrentPeriod.Key;
        return [.. progress.Plan.Tasks
            .Where(t => !progress.IsDone(t))
            .SelectMany(t => progress.LeadMembers(t).Where(u => !progress.IsDoneFor(t, u)).Select(u => (Unit: u, Task: t)))
            .Where(x => progress.LatestBy(x.Task, x.Unit.Id)?.PeriodKey != period)
            .GroupBy(x => x.Unit.Id)
            .Select(g => (g.First().Unit, (IReadOnlyList<TaskItem>)[.. g.Select(x => x.Task).OrderBy(t => t.Number)]))
            .OrderByDescending(x => x.Item2.Count).ThenBy(x => x.Item1.Name, StringComparer.Ordinal)];
    }

    /// <summary>Open tasks led by a collective whose members have not all reported this period, with the count.</summary>
    public IReadOnlyList<(TaskItem Task, CollectiveTally Tally)> CollectivesUnreported(TaskProgress progress) =>
        [.. from t in progress.Plan.Tasks.OrderBy(t => t.Number)
            where !progress.IsDone(t)
            from tally in progress.Tallies(t, CurrentPeriod.Key)
            where tally.Reported < tally.Members
            select (t, tally)];

    /// <summary>通报: every task's colour, the units that have not reported, as of today.</summary>
    public Bulletin Bulletin(TaskProgress progress) =>
        new(progress.Plan, CurrentPeriod.Key, Today, [.. progress.Plan.Tasks.Select(t => Assess(progress, t))], Unreported(progress));

    // The dialogs check this when a report starts; a binding can change before it is saved.
    private static void EnsureMayReport(Viewer viewer, TaskItem task)
    {
        if (!viewer.MayReportOn(task)) throw new UnauthorizedAccessException($"member {viewer.Member.Id} may not report on task {task.Number}");
    }
}
