using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Supervision;

/// <summary>A plan's tasks with each unit's latest report: which report is the task's (the lead units' newest) and what each unit said.</summary>
public sealed class TaskProgress(Plan plan, IReadOnlyList<ProgressReport> latestReports)
{
    private readonly ILookup<int, ProgressReport> _byTask = latestReports.OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.ReportedAt).ToLookup(r => r.TaskItemId);

    public Plan Plan { get; } = plan;

    /// <summary>The task's report: the newest from a lead unit.</summary>
    public ProgressReport? Latest(TaskItem task)
    {
        var leads = task.LeadUnits.ToList();
        return _byTask[task.Id].FirstOrDefault(r => leads.Any(u => u.Id == r.UnitId || u.IsCollective));
    }

    /// <summary>A unit's newest report on a task, whether it leads it or cooperates.</summary>
    public ProgressReport? LatestBy(TaskItem task, int unitId) => _byTask[task.Id].FirstOrDefault(r => r.UnitId == unitId);
}
