using System.Globalization;
using TaskBot.Domain.Periods;

namespace TaskBot.Words;

/// <summary>
/// Periods as people say them, in the words of dialogs/{locale}/periods.yaml: 「第49周，11月30日—12月6日」, 12月上半月,
/// 11月 (week 49, 30 Nov – 6 Dec; first half of December; November). Every message, bulletin and the ledger use this;
/// the week's days follow a comma, not brackets, because messages put the period in brackets (本期（…）).
/// </summary>
public static class PeriodText
{
    private static readonly DateTimeFormatInfo English = CultureInfo.GetCultureInfo("en-US").DateTimeFormat;

    /// <param name="key">A stored period key ("2026-W49"); shown as stored when it is in no known form.</param>
    /// <param name="currentYear">A period of another year says its year.</param>
    public static string Label(LocaleText text, string key, int? currentYear = null) =>
        Period.FromKey(key) is { } period ? Label(text, period, currentYear) : key;

    public static string Label(LocaleText text, Period period, int? currentYear = null)
    {
        var label = period.Kind switch
        {
            PeriodKind.Week =>
                text.Say("periods.week", ("number", period.Number), ("start", Day(text, period.Start)), ("end", Day(text, period.End))),
            PeriodKind.HalfMonth => text.Say(period.Number == 1 ? "periods.firstHalf" : "periods.secondHalf", Month(period.Start)),
            _ => text.Say("periods.month", Month(period.Start)),
        };
        var year = period.Kind == PeriodKind.Week ? ISOWeek.GetYear(period.Start.ToDateTime(TimeOnly.MinValue)) : period.Start.Year;
        return currentYear is { } current && current != year ? text.Say("periods.otherYear", ("year", year), ("period", label)) : label;
    }

    private static string Day(LocaleText text, DateOnly day) =>
        text.Say("periods.day", ("month", day.Month), ("day", day.Day), ("short", English.GetAbbreviatedMonthName(day.Month)));

    // Each locale picks what it says: the number (12月) or the name (December).
    private static (string, object?)[] Month(DateOnly day) => [("month", day.Month), ("monthName", English.GetMonthName(day.Month))];
}
