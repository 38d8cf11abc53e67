using System.Text.RegularExpressions;

namespace TaskBot.Import;

/// <summary>A 完成时限 cell: its date, if any, and whether the work goes on after it (持续推进).</summary>
public sealed record Deadline(DateOnly? Date, bool Ongoing)
{
    private static readonly Regex OngoingWords = new("持续|长期|常态化|长效");
    private static readonly Regex QuarterPattern = new("(?:第)?(?<q>[一二三四1-4])季度");

    /// <summary>Null when the text names neither a date nor ongoing work.</summary>
    public static Deadline? Parse(string text, int planYear)
    {
        var ongoing = OngoingWords.IsMatch(text);
        var date = DateIn(text, planYear);
        return date is null && !ongoing ? null : new Deadline(date, ongoing);
    }

    public static Deadline EndOfYear(int planYear) => new(new DateOnly(planYear, 12, 31), false);

    private static DateOnly? DateIn(string text, int planYear)
    {
        var month = MonthExpression.Pattern().Match(text);
        if (month.Success) return MonthExpression.ToDate(month, planYear);
        var year = Regex.Match(text, @"(?<y>\d{4})年(?:底|末|内)");
        if (year.Success) return new DateOnly(int.Parse(year.Groups["y"].Value), 12, 31);
        if (text.Contains("上半年")) return new DateOnly(planYear, 6, 30);
        var quarter = QuarterPattern.Match(text);
        if (quarter.Success && ChineseOrDigit(quarter.Groups["q"].Value) is var q)
            return new DateOnly(planYear, q * 3, DateTime.DaysInMonth(planYear, q * 3));
        if (text.Contains("年内") || text.Contains("年底") || text.Contains("年末") || text.Contains("全年") || text.Contains("下半年"))
            return new DateOnly(planYear, 12, 31);
        return null;
    }

    private static int ChineseOrDigit(string s) => char.IsAsciiDigit(s[0]) ? s[0] - '0' : "一二三四".IndexOf(s[0]) + 1;
}
