using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// Keeps each task's assessment current, judged by the behind rules: a report (or its withdrawal) re-assesses its task
/// in the same transaction, an approved 延期 its task and the plan's revision, and the daily run every task for the
/// rules that move with the date (序时进度, deadlines, milestones, missed periods). Answers come from the kept rows only
/// when they were made for the plan's current revision today; otherwise tasks are judged afresh, so a projection
/// that has fallen behind (an import, a day without the run) is slower, never wrong.
/// </summary>
public sealed class AssessmentProjection(IAssessmentStore store, IPlanReader plans, IReportStore reports, TaskAssessor assessor, LocalClock clock)
{
    /// <summary>Assesses every task of the current plan and keeps them as today's (the daily run).</summary>
    public async Task RebuildAsync(CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is not { } plan) return;
        // Read before the reports: a report's turn that keeps its task meanwhile is newer than what is judged here.
        var versions = await store.VersionsAsync(plan.Id, cancellationToken);
        var assessments = await AssessAsync(plan, plan.Tasks, cancellationToken);
        await store.KeepAllAsync(plan, assessments, Basis(plan), versions, cancellationToken);
    }

    /// <summary>After units went live (their unreported periods count from a later day): the kept rows are judged again.</summary>
    public async Task UnitsWentLiveAsync(CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is { } plan && await IsCurrentAsync(plan, 0, cancellationToken))
            await RebuildAsync(cancellationToken);
    }

    /// <summary>Re-assesses the task after its reports changed.</summary>
    public async Task RefreshAsync(TaskItem task, CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is { } plan) await RefreshAsync(plan, task, cancellationToken);
    }

    /// <summary>
    /// The same, with the current plan already read. Kept whether or not the plan's rows are today's, which saves a
    /// report's turn the round trip that would ask: rows are read only when they are today's, and they become so only
    /// by a rebuild, which writes every row, or by moving the basis just after keeping the one task that changed.
    /// </summary>
    public Task RefreshAsync(Plan plan, TaskItem task, CancellationToken cancellationToken) => KeepAsync(plan, task.Id, cancellationToken);

    /// <summary>After the plan changed for this task only (an approved 延期): re-assesses it and moves the basis to the plan's new revision.</summary>
    public async Task PlanChangedAsync(int taskId, CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is not { } plan || !await IsCurrentAsync(plan, 1, cancellationToken)) return;
        await KeepAsync(plan, taskId, cancellationToken);
        await store.MoveBasisAsync(Basis(plan), cancellationToken);
    }

    /// <summary>
    /// The tasks behind among these (of the plan), worst first, and those awaiting review (待核), from the kept rows;
    /// null when those are not today's for this plan.
    /// </summary>
    public async Task<BehindAnswer?> BehindAsync(Plan plan, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken) =>
        await store.BehindAsync(plan, Basis(plan), tasks.Count == plan.Tasks.Count ? null : tasks, cancellationToken) is { } kept
            ? kept with { Behind = [.. TaskAssessment.WorstFirst(kept.Behind)] } : null;

    private async Task KeepAsync(Plan plan, int taskId, CancellationToken cancellationToken)
    {
        if (plan.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task) return;
        await store.HoldAsync(taskId, cancellationToken);
        await store.KeepAsync(plan.Id, (await AssessAsync(plan, [task], cancellationToken))[0], cancellationToken);
    }

    private async Task<IReadOnlyList<TaskAssessment>> AssessAsync(Plan plan, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken)
    {
        var latest = await reports.LatestAsync([.. tasks.Select(t => t.Id)], cancellationToken);
        var progress = new TaskProgress(plan, latest, await plans.UnitsOfAsync(plan, cancellationToken));
        return [.. tasks.Select(t => assessor.Assess(progress, t))];
    }

    private async Task<bool> IsCurrentAsync(Plan plan, int revisionsBehind, CancellationToken cancellationToken) =>
        await store.BasisAsync(plan.Id, cancellationToken) == Basis(plan) with { Revision = plan.Revision - revisionsBehind };

    private AssessmentBasis Basis(Plan plan) => new(plan.Id, plan.Revision, clock.Today);
}
