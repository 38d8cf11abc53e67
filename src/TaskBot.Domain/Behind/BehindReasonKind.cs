namespace TaskBot.Domain.Behind;

public enum BehindReasonKind
{
    /// <summary>The unit reported 滞后.</summary>
    ReportedBehind,
    /// <summary>The unit reported 未启动.</summary>
    ReportedNotStarted,
    /// <summary>The deadline passed and the task is not done.</summary>
    Overdue,
    /// <summary>A milestone in the task's text passed and the task is not done.</summary>
    MilestonePassed,
    /// <summary>Reported completion is below 序时进度 by more than the tolerance.</summary>
    BelowTimeProgress,
    /// <summary>No report for the last period(s) (未按时报送).</summary>
    NotReported,
}
