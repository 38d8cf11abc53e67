namespace TaskBot.Domain.Periods;

public enum PeriodKind
{
    /// <summary>ISO weeks, Monday to Sunday (每周一调度).</summary>
    Week,
    /// <summary>The 1st–15th and the 16th–end of each month (半月一报告).</summary>
    HalfMonth,
    /// <summary>Calendar months (每月报送), common for work that goes on all year (持续推进).</summary>
    Month,
}
