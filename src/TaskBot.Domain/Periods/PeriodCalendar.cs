using System.Globalization;

namespace TaskBot.Domain.Periods;

/// <summary>Which reporting period a day falls in, and the periods before it.</summary>
public sealed class PeriodCalendar(PeriodKind kind)
{
    public PeriodKind Kind { get; } = kind;

    public Period Containing(DateOnly date) => Kind == PeriodKind.Week ? Week(date) : HalfMonth(date);

    public Period Previous(Period period) => Containing(period.Start.AddDays(-1));

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
        var end = first ? new DateOnly(date.Year, date.Month, 15) : new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
        return new Period($"{date.Year}-{date.Month:00}-H{(first ? 1 : 2)}", start, end);
    }
}
