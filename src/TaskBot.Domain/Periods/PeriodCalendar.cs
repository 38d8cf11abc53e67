using System.Globalization;
using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Periods;

/// <summary>
/// Which reporting period a day falls in, and the periods before it. <see cref="Kind"/> is the office's
/// configured rhythm (weeks when it configured none); a plan or a task may keep another.
/// </summary>
public sealed class PeriodCalendar(PeriodKind? configured)
{
    /// <summary>The office's rhythm (Supervision:Period); null when it leaves the rhythm to each plan's document.</summary>
    public PeriodKind? Configured { get; } = configured;

    public PeriodKind Kind => Configured ?? PeriodKind.Week;

    /// <summary>A task's rhythm: its own when the document gives it one, else the office's, else its plan's, else weeks.</summary>
    public PeriodKind KindOf(Plan plan, TaskItem task) => task.Rhythm ?? Configured ?? plan.Rhythm ?? PeriodKind.Week;

    /// <summary>The period of the task's rhythm that holds the day.</summary>
    public Period Containing(DateOnly date, Plan plan, TaskItem task) => Containing(date, KindOf(plan, task));

    public Period Containing(DateOnly date) => Containing(date, Kind);

    public Period Previous(Period period) => Containing(period.Start.AddDays(-1), period.Kind);

    public static Period Containing(DateOnly date, PeriodKind kind) => kind switch
    {
        PeriodKind.Week => Week(date),
        PeriodKind.HalfMonth => HalfMonth(date),
        _ => Month(date),
    };

    private static Period Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(dt);
        var week = ISOWeek.GetWeekOfYear(dt);
        var start = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return new Period($"{year}-W{week:00}", start, start.AddDays(6));
    }

    private static Period HalfMonth(DateOnly date)
    {
        var first = date.Day <= 15;
        var start = new DateOnly(date.Year, date.Month, first ? 1 : 16);
        var end = first ? new DateOnly(date.Year, date.Month, 15) : LastDay(date);
        return new Period($"{date.Year}-{date.Month:00}-H{(first ? 1 : 2)}", start, end);
    }

    private static Period Month(DateOnly date) =>
        new($"{date.Year}-{date.Month:00}", new DateOnly(date.Year, date.Month, 1), LastDay(date));

    private static DateOnly LastDay(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
