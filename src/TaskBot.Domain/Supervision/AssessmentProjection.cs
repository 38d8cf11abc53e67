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
        var assessments = await AssessAsync(plan, plan.Tasks, cancellationToken);
        await store.KeepAllAsync(plan, assessments, Basis(plan), cancellationToken);
    }

    /// <summary>After units went live (their unreported periods count from a later day): the kept rows are judged again.</summary>
    public async Task UnitsWentLiveAsync(CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is { } plan && await IsCurrentAsync(plan, 0, cancellationToken))
            await RebuildAsync(cancellationToken);
    }

    /// <summary>Re-assesses the task after its reports changed; nothing when the kept rows are not today's anyway.</summary>
    public async Task RefreshAsync(TaskItem task, CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is not { } plan || !await IsCurrentAsync(plan, 0, cancellationToken)) return;
        await KeepAsync(plan, task.Id, cancellationToken);
    }

    /// <summary>After the plan changed for this task only (an approved 延期): re-assesses it and moves the basis to the plan's new revision.</summary>
    public async Task PlanChangedAsync(int taskId, CancellationToken cancellationToken)
    {
        if (await plans.CurrentPlanAsync(cancellationToken) is not { } plan || !await IsCurrentAsync(plan, 1, cancellationToken)) return;
        await KeepAsync(plan, taskId, cancellationToken);
        await store.MoveBasisAsync(Basis(plan), cancellationToken);
    }

    /// <summary>The tasks behind among these, worst first, from the kept rows; null when those are not today's for this plan.</summary>
    public async Task<IReadOnlyList<TaskAssessment>?> BehindAsync(Plan plan, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken)
    {
        if (!await IsCurrentAsync(plan, 0, cancellationToken)) return null;
        IReadOnlyCollection<int>? ids = tasks.Count == plan.Tasks.Count ? null : [.. tasks.Select(t => t.Id)];
        return [.. TaskAssessment.WorstFirst(await store.ReadAsync(plan, ids, behindOnly: true, cancellationToken))];
    }

    private async Task KeepAsync(Plan plan, int taskId, CancellationToken cancellationToken)
    {
        if (plan.Tasks.FirstOrDefault(t => t.Id == taskId) is not { } task) return;
        await store.HoldAsync(taskId, cancellationToken);
        await store.KeepAsync(plan.Id, (await AssessAsync(plan, [task], cancellationToken))[0], cancellationToken);
    }

    private async Task<IReadOnlyList<TaskAssessment>> AssessAsync(Plan plan, IReadOnlyList<TaskItem> tasks, CancellationToken cancellationToken)
    {
        var latest = await reports.LatestAsync([.. tasks.Select(t => t.Id)], cancellationToken);
        // The unit directory knows collectives' members and each unit's go-live (the plan's units may be cached).
        var units = await plans.UnitsAsync(cancellationToken);
        var progress = new TaskProgress(plan, latest, units);
        return [.. tasks.Select(t => assessor.Assess(progress, t))];
    }

    private async Task<bool> IsCurrentAsync(Plan plan, int revisionsBehind, CancellationToken cancellationToken) =>
        await store.BasisAsync(plan.Id, cancellationToken) == Basis(plan) with { Revision = plan.Revision - revisionsBehind };

    private AssessmentBasis Basis(Plan plan) => new(plan.Id, plan.Revision, clock.Today);
}
