using System.ComponentModel.DataAnnotations;

namespace TaskBot.Domain.Behind;

/// <summary>The office's thresholds for 红黄绿灯 (section "Behind").</summary>
public sealed class BehindOptions
{
    public const string Section = "Behind";

    /// <summary>Yellow from this many points below 序时进度 (the tolerance).</summary>
    [Range(0, 100)] public decimal YellowPoints { get; set; } = 10;

    /// <summary>Red from this many points below 序时进度.</summary>
    [Range(0, 100)] public decimal RedPoints { get; set; } = 30;

    [Range(1, 100)] public int YellowMissedReports { get; set; } = 1;
    [Range(1, 100)] public int RedMissedReports { get; set; } = 2;

    /// <summary>Missed reports are counted from this day (e.g. when TaskBot went live); from the plan year's start when unset.</summary>
    public DateOnly? ReportingStartsOn { get; set; }

    /// <summary>When every task is assessed again for the new day (序时进度, deadlines, missed periods move with the date), office time.</summary>
    public TimeOnly AssessAt { get; set; } = new(0, 5);
}
