namespace TaskBot.Domain.Reports;

public enum ReportStatus
{
    /// <summary>已完成</summary>
    Done = 1,
    /// <summary>正常推进 / 序时推进</summary>
    OnSchedule = 2,
    /// <summary>滞后</summary>
    Behind = 3,
    /// <summary>未启动</summary>
    NotStarted = 4,
}
