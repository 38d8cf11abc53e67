namespace TaskBot.Domain.Reports;

/// <summary>Where a field of a report being written came from.</summary>
public enum FieldSource
{
    /// <summary>The reporter wrote it in this report.</summary>
    Typed,
    /// <summary>Carried from the unit's last report on the task.</summary>
    Carried,
    /// <summary>Filled in from another field (已完成 is 100%).</summary>
    Prefilled,
    /// <summary>Not owed by this reporter, so not asked (a supporting unit, the task's completion): 暂无 unless given.</summary>
    NotOwed,
}
