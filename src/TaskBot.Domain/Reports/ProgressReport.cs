using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Reports;

/// <summary>
/// One unit's report on one task for one period (进展报送). A later report in the same period supersedes it;
/// superseded reports are kept as history.
/// </summary>
public sealed class ProgressReport
{
    public int Id { get; private set; }
    public int TaskItemId { get; private set; }
    public int UnitId { get; private set; }
    public string PeriodKey { get; private set; } = "";
    public DateOnly PeriodStart { get; private set; }
    public ReportStatus Status { get; private set; }
    public string Progress { get; private set; } = "";

    /// <summary>Completion in percent (0–100); derived from <see cref="CurrentValue"/> when the task has a numeric target.</summary>
    public decimal? Completion { get; private set; }

    /// <summary>The current value of the task's target as reported ("5.1万亩").</summary>
    public string? CurrentValue { get; private set; }

    public string Problems { get; private set; } = "";
    public string NextSteps { get; private set; } = "";
    public string Coordination { get; private set; } = "";
    public string ReportedBy { get; private set; } = "";
    public DateTimeOffset ReportedAt { get; private set; }
    public bool Superseded { get; private set; }

    /// <summary>The unit's newest report on the task: the one supervision reads. An older one stays as history.</summary>
    public bool IsLatest { get; private set; } = true;

    /// <summary>Carried forward from the previous period by 无变化.</summary>
    public bool CarriedForward { get; private set; }

    private ProgressReport() { }

    public ProgressReport(int taskItemId, int unitId, Period period, ReportContent content, string reportedBy, DateTimeOffset reportedAt,
        bool carriedForward = false)
    {
        TaskItemId = taskItemId;
        UnitId = unitId;
        PeriodKey = period.Key;
        PeriodStart = period.Start;
        Status = content.Status;
        Progress = content.Progress;
        Completion = content.Completion;
        CurrentValue = content.CurrentValue;
        Problems = content.Problems;
        NextSteps = content.NextSteps;
        Coordination = content.Coordination;
        ReportedBy = reportedBy;
        ReportedAt = reportedAt;
        CarriedForward = carriedForward;
    }

    public ReportContent Content => new(Status, Progress, Completion, CurrentValue, Problems, NextSteps, Coordination);

    public void Supersede() => Superseded = true;
}
