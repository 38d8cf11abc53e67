namespace TaskBot.Dialogs.Reports;

/// <summary>What the report dialog waits for.</summary>
public enum ReportStage
{
    /// <summary>"上期：正常推进，60%，… 有变化吗？"</summary>
    ChangedSinceLast,
    /// <summary>A missing field (<see cref="ReportState.Asking"/>).</summary>
    Asking,
    /// <summary>基本完成: 已完成 or 正常推进?</summary>
    StatusUnclear,
    /// <summary>The whole report read back: confirm, or correct a field.</summary>
    ReadBack,
    /// <summary>Which field to change.</summary>
    EditMenu,
}
