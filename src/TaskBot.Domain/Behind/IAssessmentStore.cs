using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Behind;

/// <summary>Each task's assessment, kept so that "which tasks are behind" reads rows instead of judging every task on asking.</summary>
public interface IAssessmentStore
{
    /// <summary>What the plan's kept assessments were made for; null when none are kept.</summary>
    Task<AssessmentBasis?> BasisAsync(int planId, CancellationToken cancellationToken);

    /// <summary>Holds off others re-assessing the task until this transaction ends, so that the last to keep it saw every report.</summary>
    Task HoldAsync(int taskId, CancellationToken cancellationToken);

    /// <summary>The version of each of the plan's kept rows, by task: read before a rebuild judges the tasks.</summary>
    Task<IReadOnlyDictionary<int, long>> VersionsAsync(int planId, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the assessments of every task of the plan, made on this basis; rows of tasks no longer in it go. A row whose
    /// version is no longer the one in <paramref name="versions"/> (or that has appeared since) was kept by its task's
    /// own change meanwhile, on newer reports: it stays.
    /// </summary>
    Task KeepAllAsync(Plan plan, IReadOnlyList<TaskAssessment> assessments, AssessmentBasis basis, IReadOnlyDictionary<int, long> versions,
        CancellationToken cancellationToken);

    /// <summary>Keeps one task's assessment in place of its earlier one, with a new version.</summary>
    Task KeepAsync(int planId, TaskAssessment assessment, CancellationToken cancellationToken);

    /// <summary>Says the plan's kept assessments now stand on this basis.</summary>
    Task MoveBasisAsync(AssessmentBasis basis, CancellationToken cancellationToken);

    /// <summary>
    /// The kept assessments behind among these tasks of the plan (every task's when null), each with the problems of the
    /// report it was made on (<see cref="TaskAssessment.Problems"/>, not the report), and those of the tasks awaiting
    /// review (待核), in one read when any is either; null when the kept rows do not stand on this basis.
    /// </summary>
    Task<BehindAnswer?> BehindAsync(Plan plan, AssessmentBasis basis, IReadOnlyList<TaskItem>? tasks, CancellationToken cancellationToken);

    /// <summary>The kept assessments of these tasks (every task's when null), only those behind when asked,
    /// with the reports they were made on.</summary>
    Task<IReadOnlyList<TaskAssessment>> ReadAsync(Plan plan, IReadOnlyCollection<int>? taskIds, bool behindOnly, CancellationToken cancellationToken);
}
