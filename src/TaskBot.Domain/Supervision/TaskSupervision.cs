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
    SupportingInput support, IEnumerable<Loop.IReportFollowUp> followUps, AssessmentProjection? projection = null,
    Loop.ICompletionReviewStore? reviews = null)
{
    private readonly TaskAssessor _assessor = new(rules, periods, clock);

    public DateOnly Today => clock.Today;
    /// <summary>The current period of the office's configured rhythm (weeks when it configured none).</summary>
    public Period CurrentPeriod => periods.Containing(clock.Today);

    /// <summary>The current period of the plan's rhythm: the office's, else the one its document states.</summary>
    public Period CurrentPeriodOf(Plan plan) => PeriodCalendar.Containing(clock.Today, periods.Configured ?? plan.Rhythm ?? PeriodKind.Week);

    /// <summary>The current period of the task's own rhythm (a monthly task reports monthly).</summary>
    public Period PeriodOf(TaskProgress progress, TaskItem task) => periods.Containing(clock.Today, progress.PlanOf(task), task);

    /// <summary>Whether the unit has reported on the task in the task's current period.</summary>
    public bool ReportedNow(TaskProgress progress, TaskItem task, int unitId) =>
        progress.LatestBy(task, unitId)?.PeriodKey == PeriodOf(progress, task).Key;

    /// <summary>
    /// Whether the task has the unit's report for the current period: its own or, on a task that names several lead
    /// units, any of theirs — one report speaks for the task (两个或以上部门联合办理的，由牵头部门负责报告), so the others
    /// are not chased for it. Each member of a collective lead still answers for its own part.
    /// </summary>
    public bool AnsweredNow(TaskProgress progress, TaskItem task, Unit unit) =>
        ReportedNow(progress, task, unit.Id)
        || (progress.SharesLead(task, unit) && progress.LeadReports(task)[0]?.PeriodKey == PeriodOf(progress, task).Key);

    public async Task<TaskProgress?> ProgressAsync(CancellationToken cancellationToken) =>
        await reports.OpenProgressAsync(plans, CurrentPeriod.Key, reviews is not null, cancellationToken) is { } open
            ? await ProgressOfAsync(open.Lists, open.Reported, cancellationToken) : null;

    /// <summary>Where each task of the plan stands on its lead units' latest reports.</summary>
    public Task<TaskProgress> ProgressAsync(Plan plan, CancellationToken cancellationToken) => ProgressAsync([plan], cancellationToken);

    /// <summary>Where each task of the open lists stands on its lead units' latest reports.</summary>
    public Task<TaskProgress> ProgressAsync(IReadOnlyList<Plan> lists, CancellationToken cancellationToken) =>
        ProgressAsync(lists, [.. lists.SelectMany(l => l.Tasks)], cancellationToken);

    /// <summary>The open lists, with the latest reports of only the tasks given: what judging those tasks needs.</summary>
    private async Task<TaskProgress> ProgressAsync(IReadOnlyList<Plan> lists, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken) =>
        await ProgressOfAsync(lists, await ReportedAsync([.. tasks.Select(t => t.Id)], cancellationToken), cancellationToken);

    private Task<ReportedProgress> ReportedAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken) =>
        reports.ProgressAsync(taskIds, CurrentPeriod.Key, reviews is not null, cancellationToken);

    /// <summary>
    /// Supervision as it stood at the end of a past day: that day's period, the tasks judged as then, the units then
    /// not in. Judge it on the reports up to that day's period (<see cref="ProgressOnAsync"/>).
    /// </summary>
    public TaskSupervision AsOf(DateOnly day) => new(plans, reports, rules, periods, clock.AtEndOf(day), support, followUps, reviews: reviews);

    /// <summary>
    /// Where the lists' tasks stand on these reports, each unit's newest on each task speaking for it, and with the
    /// completions that were then waiting for the office (待核): supervision as of a past day (<see cref="AsOf"/>).
    /// </summary>
    public async Task<TaskProgress> ProgressOnAsync(IReadOnlyList<Plan> lists, IEnumerable<ProgressReport> reported,
        CancellationToken cancellationToken) =>
        await ProgressOfAsync(lists, await reports.ProgressAsync([], CurrentPeriod.Key, awaitingReview: false, cancellationToken) with
        {
            Latest = [.. reported.GroupBy(r => (r.TaskItemId, r.UnitId))
                .Select(g => g.OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id).First())],
            AwaitingReview = reviews is null ? null : (await PendingThenAsync(cancellationToken)).Select(r => r.TaskItemId).ToHashSet(),
        }, cancellationToken);

    // A past 通报 asks twice (the completions sent back since, then those awaiting review): one read for the same moment.
    private (DateTimeOffset At, Task<IReadOnlyList<Loop.CompletionReview>> Reviews)? _pendingThen;

    private Task<IReadOnlyList<Loop.CompletionReview>> PendingThenAsync(CancellationToken cancellationToken)
    {
        var at = clock.UtcNow;
        if (_pendingThen is not { } kept || kept.At != at) _pendingThen = kept = (at, reviews!.PendingAtAsync(at, cancellationToken));
        return kept.Reviews;
    }

    /// <summary>
    /// The reports of the completions sent back (退回) since this supervision's moment: taken off the record now, they
    /// stood then, waiting for the office (<see cref="AsOf"/>).
    /// </summary>
    public async Task<IReadOnlyList<ProgressReport>> SentBackSinceAsync(CancellationToken cancellationToken) =>
        reviews is null ? [] : await reports.ReportsAsync([.. (await PendingThenAsync(cancellationToken))
            .Where(r => r.State == Loop.CompletionState.Returned).Select(r => r.ReportId)], cancellationToken);

    /// <summary>The lists with each unit's latest report on each task (one per task and unit, as the store keeps them).</summary>
    private async Task<TaskProgress> ProgressOfAsync(IReadOnlyList<Plan> lists, ReportedProgress reported, CancellationToken cancellationToken)
    {
        var units = lists.Count > 0 ? await plans.UnitsOfAsync(lists[0], cancellationToken) : await plans.UnitsAsync(cancellationToken);
        return new TaskProgress(lists, reported.Latest, units, reported.Requests, reported.AwaitingReview);
    }

    /// <summary>The task's recent reports, newest first.</summary>
    public Task<IReadOnlyList<ProgressReport>> HistoryAsync(TaskItem task, int count, CancellationToken cancellationToken) =>
        reports.HistoryAsync(task.Id, count, cancellationToken);

    /// <summary>The tasks the viewer sees, list by list (the plan first), each in number order: numbers are per list.</summary>
    public IReadOnlyList<TaskItem> Visible(TaskProgress progress, Viewer viewer) =>
        [.. progress.Tasks.Where(viewer.Sees).OrderBy(t => t.Plan?.Label is not null).ThenBy(t => t.PlanId).ThenBy(t => t.Number)];

    /// <summary>The tasks of these lists the viewer sees, list by list in each list's order; a leader's as the plan reader keeps them.</summary>
    public IEnumerable<TaskItem> Seen(IReadOnlyList<Plan> lists, Viewer viewer) =>
        viewer.Member.Role == People.MemberRole.Leader && viewer.Leader is { } leader
            ? lists.SelectMany(l => plans.LedBy(l, leader)) : lists.SelectMany(l => l.Tasks).Where(viewer.Sees);

    public TaskAssessment Assess(TaskProgress progress, TaskItem task) => _assessor.Assess(progress, task);

    /// <summary>The tasks behind among those given, worst first.</summary>
    public IReadOnlyList<TaskAssessment> Behind(TaskProgress progress, IEnumerable<TaskItem> tasks) =>
        [.. TaskAssessment.WorstFirst(tasks.Select(t => Assess(progress, t)).Where(a => a.IsBehind))];

    public Task<Plan?> PlanAsync(CancellationToken cancellationToken) => plans.CurrentPlanAsync(cancellationToken);

    /// <summary>Every open list, the year's plan first.</summary>
    public Task<IReadOnlyList<Plan>> ListsAsync(CancellationToken cancellationToken) => plans.OpenListsAsync(cancellationToken);

    /// <summary>The tasks behind among those given (of the plan), worst first, and those awaiting review (待核).</summary>
    public Task<BehindAnswer> BehindAsync(Plan plan, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken) =>
        BehindAsync([plan], tasks, cancellationToken);

    /// <summary>
    /// The tasks behind among those given (of the open lists), worst first, and those awaiting review (待核): the year's
    /// plan from the kept assessments when they are today's, in one read, the lists beside it (a few tasks each) judged
    /// afresh.
    /// </summary>
    public async Task<BehindAnswer> BehindAsync(IReadOnlyList<Plan> lists, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken)
    {
        var plan = lists[0];
        var inPlan = tasks.Where(t => t.PlanId == plan.Id).ToList();
        if (projection is null || await projection.BehindAsync(plan, inPlan, cancellationToken) is not { } kept)
            return Afresh(await ProgressAsync(lists, tasks, cancellationToken), tasks);
        if (inPlan.Count == tasks.Count) return kept;
        List<TaskItem> others = [.. tasks.Where(t => t.PlanId != plan.Id)];
        var afresh = Afresh(await ProgressAsync(lists, others, cancellationToken), others);
        return new([.. TaskAssessment.WorstFirst(kept.Behind.Concat(afresh.Behind))],
            [.. kept.AwaitingReview.Concat(afresh.AwaitingReview).OrderBy(t => t.Number)]);
    }

    private BehindAnswer Afresh(TaskProgress progress, IReadOnlyList<TaskItem> tasks) =>
        new(Behind(progress, tasks), [.. tasks.Where(progress.AwaitsReview).OrderBy(t => t.Number)]);

    /// <summary>
    /// Saves the unit's report; refuses anyone who is not, at this moment, a reporter of a unit of the task. A
    /// supporting unit's report is its input, passed on to the lead unit.
    /// </summary>
    public async Task<ProgressReport> SaveAsync(Viewer viewer, TaskItem task, ReportContent content, CancellationToken cancellationToken)
    {
        EnsureMayReport(viewer, task);
        var lists = await plans.OpenListsAsync(cancellationToken);
        var list = lists.FirstOrDefault(l => l.Id == task.PlanId);
        var report = new ProgressReport(task.Id, viewer.Unit!.Id, PeriodOf(list, task), content, viewer.Signature, clock.UtcNow);
        await reports.SaveAsync(report, cancellationToken);
        if (projection is not null && lists is [{ Kind: ListKind.Plan } plan, ..]) await projection.RefreshAsync(plan, task, cancellationToken);
        foreach (var followUp in followUps) await followUp.FollowUpAsync(viewer, task, report, cancellationToken);
        return report;
    }

    /// <summary>The tasks the unit owes a report on, open and not reported this period: those it leads,
    /// then those it supports and is asked about.</summary>
    public IReadOnlyList<TaskItem> Owed(TaskProgress progress, Unit unit) => Owing(progress, unit, t => !progress.IsDoneFor(t, unit));

    /// <summary>
    /// What the unit still has to report this period: the tasks it owes and has not answered (<see cref="AnsweredNow"/>),
    /// in <see cref="Owed"/>'s order.
    /// </summary>
    public IReadOnlyList<TaskItem> Due(TaskProgress progress, Unit unit) => [.. Owed(progress, unit).Where(t => !AnsweredNow(progress, t, unit))];

    /// <summary>As <see cref="Owed"/>, with the tasks the unit reported done in the current period: it did report them.</summary>
    public IReadOnlyList<TaskItem> OwedThisPeriod(TaskProgress progress, Unit unit) =>
        Owing(progress, unit, t => !progress.IsDoneFor(t, unit) || ReportedNow(progress, t, unit.Id));

    private IReadOnlyList<TaskItem> Owing(TaskProgress progress, Unit unit, Func<TaskItem, bool> counted) =>
        [.. progress.Tasks.Where(t => support.Owes(progress, t, unit) && counted(t))
            .OrderBy(t => !progress.IsLedBy(t, unit)).ThenBy(t => t.Number)];

    /// <summary>Whether the unit owes reports on the task: it leads it, or supports it and is asked (see <see cref="SupportingInput"/>).</summary>
    public bool Owes(TaskProgress progress, TaskItem task, Unit unit) => support.Owes(progress, task, unit);

    /// <summary>
    /// A task that names the unit only through a collective (旗直各部门、各苏木镇) and asks nothing of it until the lead
    /// unit does: lists count such tasks in one line rather than list them.
    /// </summary>
    public bool AsksNothingOf(TaskProgress progress, TaskItem task, Unit unit) =>
        !task.Units.Any(u => u.Unit.Id == unit.Id) && !Owes(progress, task, unit);

    /// <summary>无变化: repeats the unit's last report for the current period;
    /// null when there is nothing to repeat or it is already this period's.</summary>
    public async Task<ProgressReport?> CarryForwardAsync(Viewer viewer, TaskProgress progress, TaskItem task, CancellationToken cancellationToken)
    {
        EnsureMayReport(viewer, task);
        var period = PeriodOf(progress, task);
        // Answered this period (by the unit, or by a co-lead, whose report is the task's): nothing to repeat over it.
        if (progress.LatestBy(task, viewer.Unit!.Id) is not { } last || AnsweredNow(progress, task, viewer.Unit)) return null;
        var report = new ProgressReport(task.Id, viewer.Unit.Id, period, last.Content, viewer.Signature, clock.UtcNow, carriedForward: true);
        await reports.SaveAsync(report, cancellationToken);
        if (projection is not null) await projection.RefreshAsync(progress.Plan, task, cancellationToken);
        return report;
    }

    /// <summary>The unit's first task (by number) it owes a report on and has not reported on in the current period.</summary>
    public TaskItem? NextUnreported(TaskProgress progress, Viewer viewer, int after) =>
        viewer.Unit is not { } unit || !viewer.MayReport ? null
        : Due(progress, unit).OrderBy(t => t.Number <= after).ThenBy(t => t.Number).FirstOrDefault();

    /// <summary>The viewer's unit's report of this period sent last, on a task other than <paramref name="except"/> (33号同上).</summary>
    public (TaskItem Task, ProgressReport Report)? LastReportedNow(TaskProgress progress, Viewer viewer, TaskItem except)
    {
        if (viewer.Unit is not { } unit) return null;
        var last = progress.Tasks.Where(t => t != except && viewer.MayReportOn(t) && ReportedNow(progress, t, unit.Id))
            .Select(t => (Task: t, Report: progress.LatestBy(t, unit.Id)!)).OrderByDescending(x => x.Report.ReportedAt).FirstOrDefault();
        return last.Report is null ? null : last;
    }

    /// <summary>Units that lead open tasks (a collective lead's members each for its part)
    /// and have not reported on all of them for the current period, with how many are missing.</summary>
    public IReadOnlyList<(Unit Unit, int Missing)> Unreported(TaskProgress progress) =>
        [.. UnreportedTasks(progress).Select(u => (u.Unit, u.Tasks.Count))];

    /// <summary>The same units with the tasks they have not reported on, most missing first.</summary>
    public IReadOnlyList<(Unit Unit, IReadOnlyList<TaskItem> Tasks)> UnreportedTasks(TaskProgress progress)
    {
        return [.. progress.Tasks
            .Where(t => !progress.IsDone(t))
            .SelectMany(t => progress.LeadMembers(t).Where(u => !progress.IsDoneFor(t, u)).Select(u => (Unit: u, Task: t)))
            .Where(x => !AnsweredNow(progress, x.Task, x.Unit))
            .GroupBy(x => x.Unit.Id)
            .Select(g => (g.First().Unit, (IReadOnlyList<TaskItem>)[.. g.Select(x => x.Task).OrderBy(t => t.Number)]))
            .OrderByDescending(x => x.Item2.Count).ThenBy(x => x.Item1.Name, StringComparer.Ordinal)];
    }

    /// <summary>Open tasks led by a collective whose members have not all reported this period, with the count.</summary>
    public IReadOnlyList<(TaskItem Task, CollectiveTally Tally)> CollectivesUnreported(TaskProgress progress) =>
        [.. from t in progress.Tasks.OrderBy(t => t.Number)
            where !progress.IsDone(t)
            from tally in progress.Tallies(t, PeriodOf(progress, t).Key)
            where tally.Reported < tally.Members
            select (t, tally)];

    /// <summary>通报: every task's colour, the units that have not reported, as of today.</summary>
    public Bulletin Bulletin(TaskProgress progress) =>
        new(progress.Plan, CurrentPeriodOf(progress.Plan).Key, Today, [.. progress.Tasks.Select(t => Assess(progress, t))], Unreported(progress));

    // Only a task with a rhythm of its own, or a plan's rhythm that the office has not overridden, needs the plan.
    private Period PeriodOf(Plan? plan, TaskItem task) =>
        task.Rhythm is null && periods.Configured is null && plan is not null && plan.Id == task.PlanId
            ? periods.Containing(clock.Today, plan, task)
            : PeriodCalendar.Containing(clock.Today, task.Rhythm ?? periods.Kind);

    // The dialogs check this when a report starts; a binding can change before it is saved.
    private static void EnsureMayReport(Viewer viewer, TaskItem task)
    {
        if (!viewer.MayReportOn(task)) throw new UnauthorizedAccessException($"member {viewer.Member.Id} may not report on task {task.Number}");
    }
}
