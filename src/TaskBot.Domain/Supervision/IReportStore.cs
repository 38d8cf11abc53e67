using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Supervision;

public interface IReportStore
{
    /// <summary>Every report on these tasks, superseded ones included, newest first.</summary>
    Task<IReadOnlyList<ProgressReport>> ReportsAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken);

    /// <summary>Saves a report; an earlier one by the same unit on the same task in the same period is superseded.</summary>
    Task SaveAsync(ProgressReport report, CancellationToken cancellationToken);
}
