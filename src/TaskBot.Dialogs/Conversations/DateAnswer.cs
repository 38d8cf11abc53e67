using System.Text.RegularExpressions;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// A date at the start of an answer: 2025-12-31, 2025/12/31, 2025年12月31日, or 12月31日 (this year); as people write
/// deadlines, 12月底 / 6月末前 / 2026年3月 (the month's last day) and 年底 / 年内 (the year's); the rest follows it.
/// Digits and separators may be full-width (２０２７年１月３１日, ２０２７－０１－３１), as Chinese input methods type them.
/// </summary>
public static partial class DateAnswer
{
    [GeneratedRegex(@"^\s*(?:(?<y>\d{4})\s*[-/.－／．年]\s*)?(?<m>\d{1,2})\s*[-/.－／．月]\s*(?<d>\d{1,2})"
        + @"\s*[日号]?\s*[，,、;；]?\s*(?<rest>[\s\S]*)$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*(?:(?<y>\d{4})\s*年\s*)?(?<m>\d{1,2})\s*月\s*(?:份|底|末)?\s*(?:之?前)?\s*[，,、;；]?\s*(?<rest>[\s\S]*)$")]
    private static partial Regex MonthEnd();

    [GeneratedRegex(@"^\s*(?:(?<y>\d{4})\s*)?年\s*(?:底|末|内)\s*(?:之?前)?\s*[，,、;；]?\s*(?<rest>[\s\S]*)$")]
    private static partial Regex YearEnd();

    public static (DateOnly Date, string After)? Read(string text, int thisYear)
    {
        if (Pattern().Match(text) is { Success: true } m)
        {
            var (year, month, day) = (Year(m, thisYear), Number(m, "m"), Number(m, "d"));
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            return (new DateOnly(year, month, day), Rest(m));
        }
        if (MonthEnd().Match(text) is { Success: true } e && Number(e, "m") is >= 1 and <= 12 and var endMonth)
        {
            var year = Year(e, thisYear);
            return (new DateOnly(year, endMonth, DateTime.DaysInMonth(year, endMonth)), Rest(e));
        }
        return YearEnd().Match(text) is { Success: true } y ? (new DateOnly(Year(y, thisYear), 12, 31), Rest(y)) : null;
    }

    private static int Year(Match m, int thisYear) => m.Groups["y"].Success ? Number(m, "y") : thisYear;

    // \d matches any decimal digit, full-width ones too, which int.Parse refuses.
    private static int Number(Match m, string group) =>
        m.Groups[group].Value.Aggregate(0, (n, c) => n * 10 + (int)char.GetNumericValue(c));

    private static string Rest(Match m) => m.Groups["rest"].Value.Trim();
}
