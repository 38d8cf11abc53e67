using TaskBot.Domain.Plans;
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

    /// <summary>
    /// The open lists of <paramref name="plans"/> and what <see cref="ProgressAsync"/> reads on all their tasks; null
    /// when no list is open. A store may read both at once (PostgreSQL: the lists' cache key with the reports).
    /// </summary>
    Task<(IReadOnlyList<Plan> Lists, ReportedProgress Reported)?> OpenProgressAsync(IPlanReader plans, string periodKey,
        bool awaitingReview, CancellationToken cancellationToken) =>
        ReadOpenProgressAsync(this, plans, periodKey, awaitingReview, cancellationToken);

    /// <summary><see cref="OpenProgressAsync"/> as two reads: the lists, then the reports on their tasks.</summary>
    protected static async Task<(IReadOnlyList<Plan> Lists, ReportedProgress Reported)?> ReadOpenProgressAsync(IReportStore reports,
        IPlanReader plans, string periodKey, bool awaitingReview, CancellationToken cancellationToken)
    {
        var lists = await plans.OpenListsAsync(cancellationToken);
        if (lists.Count == 0) return null;
        int[] taskIds = [.. lists.SelectMany(l => l.Tasks).Select(t => t.Id)];
        return (lists, await reports.ProgressAsync(taskIds, periodKey, awaitingReview, cancellationToken));
    }

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
