namespace TaskBot.Dialogs.Conversations;

public enum OfficeFileKind
{
    /// <summary>台账 (.xlsx).</summary>
    Ledger,

    /// <summary>通报 (.docx), numbered.</summary>
    Bulletin,

    /// <summary>The chart of tasks by light per leader (.png), shown with the 通报; usable until it expires.</summary>
    LightsChart,
}
