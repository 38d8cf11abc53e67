using System.ComponentModel.DataAnnotations;

namespace TaskBot.Domain.Reminders;

/// <summary>When reminders are due, in the office's time (section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>每周调度: the day and time; on a day off it moves to the next working day of the same week.</summary>
    public WeeklyTime Weekly { get; set; } = new() { Day = DayOfWeek.Monday, Time = new TimeOnly(9, 0) };

    /// <summary>The first check for units that have not reported (催报), as a day and time of a normal week;
    /// it moves with the weekly reminder.</summary>
    public WeeklyTime Escalation { get; set; } = new() { Day = DayOfWeek.Wednesday, Time = new TimeOnly(18, 0) };

    /// <summary>Days of the month of the half-month digest (1 and 16 unless set).</summary>
    public int[]? DigestDays { get; set; }

    public TimeOnly DigestTime { get; set; } = new(9, 0);

    /// <summary>Days before a deadline or milestone to remind (30, 7 and 1 unless set).</summary>
    public int[]? DeadlineOffsets { get; set; }

    public TimeOnly DeadlineTime { get; set; } = new(9, 0);

    /// <summary>The office's holiday and make-up working day calendar.</summary>
    [Required] public string HolidayFile { get; set; } = "seeds/holidays.yaml";

    public IReadOnlyList<int> DigestDaysOfMonth => DigestDays is { Length: > 0 } d ? [.. d.Order()] : [1, 16];
    public IReadOnlyList<int> DaysBeforeDeadline => DeadlineOffsets is { Length: > 0 } d ? [.. d.OrderDescending()] : [30, 7, 1];
}

public sealed class WeeklyTime
{
    public DayOfWeek Day { get; set; }
    public TimeOnly Time { get; set; }
}
