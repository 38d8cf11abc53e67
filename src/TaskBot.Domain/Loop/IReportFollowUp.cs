using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Domain.Loop;

/// <summary>What happens once a report is saved (coordination requests raised, 已完成 sent for review).</summary>
public interface IReportFollowUp
{
    Task FollowUpAsync(Viewer reporter, TaskItem task, ProgressReport report, CancellationToken cancellationToken);
}
