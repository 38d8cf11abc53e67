using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Supervision;

public interface IReportStore
{
    /// <summary>Each unit's newest report on each of these tasks (one per task and unit).</summary>
    Task<IReadOnlyList<ProgressReport>> LatestAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken);

    /// <summary>
    /// The latest reports on these tasks with the period's support requests and, when <paramref name="awaitingReview"/>,
    /// the tasks awaiting review: read together (one round trip on PostgreSQL).
    /// </summary>
    Task<ReportedProgress> ProgressAsync(IReadOnlyCollection<int> taskIds, string periodKey, bool awaitingReview,
        CancellationToken cancellationToken);

    /// <summary>The task's reports, superseded ones left out, newest first.</summary>
    Task<IReadOnlyList<ProgressReport>> HistoryAsync(int taskId, int count, CancellationToken cancellationToken);

    /// <summary>These reports, superseded and withdrawn ones too.</summary>
    Task<IReadOnlyList<ProgressReport>> ReportsAsync(IReadOnlyCollection<int> reportIds, CancellationToken cancellationToken);

    /// <summary>Saves a report as the unit's latest on the task; an earlier one in the same period is superseded.</summary>
    Task SaveAsync(ProgressReport report, CancellationToken cancellationToken);

    /// <summary>
    /// Takes a report off the record (退回), keeping it as history: the unit's previous report, if any, is its latest again.
    /// Nothing happens when a newer report has replaced it.
    /// </summary>
    Task WithdrawAsync(int reportId, CancellationToken cancellationToken);
}
