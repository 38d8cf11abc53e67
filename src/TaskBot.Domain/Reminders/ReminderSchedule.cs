using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Reminders;

/// <summary>
/// When each reminder is due, in the office's local time. A run of a reminder job at any moment after its due time
/// (a catch-up after an outage included) finds the same occasion, so the reminder still goes out exactly once.
/// </summary>
public sealed class ReminderSchedule(ReminderOptions options, WorkingDayCalendar workingDays)
{
    /// <summary>The ISO week containing the day: the weekly reminder's occasion.</summary>
    public static Period Week(DateOnly day) => new PeriodCalendar(PeriodKind.Week).Containing(day);

    /// <summary>The day of the week's reminder: the configured day, or the next working day of the same week; null when the week has none.</summary>
    public DateOnly? WeeklyDay(Period week) => WorkingDayWithin(week, week.Start.AddDays(DaysFromMonday(options.Weekly.Day)));

    public bool WeeklyDue(DateTime localNow) =>
        WeeklyDay(Week(DateOnly.FromDateTime(localNow))) is { } day && Reached(localNow, day, options.Weekly.Time);

    /// <summary>
    /// The days units that have not reported are checked: from the escalation day (as far after the weekly reminder as
    /// configured, so it moves with it) to the end of the week, working days only, a make-up weekend day included.
    /// </summary>
    public IReadOnlyList<DateOnly> EscalationChecks(Period week)
    {
        if (WeeklyDay(week) is not { } reminded) return [];
        var gap = DaysFromMonday(options.Escalation.Day) - DaysFromMonday(options.Weekly.Day);
        var first = reminded.AddDays(Math.Max(gap, 0));
        return [.. Enumerable.Range(0, 7).Select(week.Start.AddDays).Where(d => d >= first && workingDays.IsWorkingDay(d))];
    }

    /// <summary>The last escalation check of the week that has passed by now; null before the first.</summary>
    public DateOnly? LastEscalationCheck(DateTime localNow) =>
        EscalationChecks(Week(DateOnly.FromDateTime(localNow)))
            .LastOrDefault(d => Reached(localNow, d, options.Escalation.Time)) is { } d && d != default ? d : null;

    /// <summary>The latest digest day reached by now (this month's or last month's): the digest's occasion.</summary>
    public DateOnly LatestDigestDay(DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        var candidates = new[] { today.AddMonths(-1), today }
            .SelectMany(m =>
                options.DigestDaysOfMonth.Select(d => new DateOnly(m.Year, m.Month, Math.Min(d, DateTime.DaysInMonth(m.Year, m.Month)))));
        return candidates.Where(d => Reached(localNow, d, options.DigestTime)).Max();
    }

    /// <summary>Deadline and milestone notices are for the day they fall on: a notice missed on its day is stale and not sent.</summary>
    public bool DeadlineNoticesDue(DateTime localNow) => localNow.TimeOfDay >= options.DeadlineTime.ToTimeSpan();

    public IReadOnlyList<int> DaysBeforeDeadline => options.DaysBeforeDeadline;

    private DateOnly? WorkingDayWithin(Period week, DateOnly day)
    {
        var working = workingDays.OnOrAfter(day);
        return week.Contains(working) ? working : null;
    }

    private static bool Reached(DateTime localNow, DateOnly day, TimeOnly time) => localNow >= day.ToDateTime(time);

    private static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;
}
