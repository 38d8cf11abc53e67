using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Supervision;

/// <summary>A plan's tasks with their reports: which report is the task's (the lead unit's latest) and what each unit said.</summary>
public sealed class TaskProgress(Plan plan, IReadOnlyList<ProgressReport> reports)
{
    private readonly ILookup<int, ProgressReport> _byTask = reports.Where(r => !r.Superseded).OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.ReportedAt).ToLookup(r => r.TaskItemId);

    public Plan Plan { get; } = plan;

    /// <summary>The task's report: the newest from a lead unit.</summary>
    public ProgressReport? Latest(TaskItem task)
    {
        var leads = task.LeadUnits.ToList();
        return _byTask[task.Id].FirstOrDefault(r => leads.Any(u => u.Id == r.UnitId || u.IsCollective));
    }

    /// <summary>A unit's newest report on a task, whether it leads it or cooperates.</summary>
    public ProgressReport? LatestBy(TaskItem task, int unitId) => _byTask[task.Id].FirstOrDefault(r => r.UnitId == unitId);

    /// <summary>Every current report on the task (one per unit and period), newest first.</summary>
    public IEnumerable<ProgressReport> History(TaskItem task) => _byTask[task.Id];
}
