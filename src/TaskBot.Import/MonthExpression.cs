using TaskBot.Domain.Plans;
using System.Text.RegularExpressions;

namespace TaskBot.Import;

/// <summary>Dates as plans write them: "2026年9月30日", "6月底", "3月份", "10月中旬", "三月底".</summary>
public static partial class MonthExpression
{
    [GeneratedRegex(@"(?:(?<y>\d{4})年)?(?<![\d.一二三四五六七八九十])(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?:份)?(?:(?<d>[0-3]?\d)日|(?<p>底|末|中旬|上旬|下旬|初))?")]
    public static partial Regex Pattern();

    public static DateOnly ToDate(Match match, int planYear)
    {
        var year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value) : planYear;
        var month = ParseMonth(match.Groups["m"].Value);
        var lastDay = DateTime.DaysInMonth(year, month);
        var day = match.Groups["d"].Success
            ? Math.Clamp(int.Parse(match.Groups["d"].Value), 1, lastDay)
            : match.Groups["p"].Value switch { "上旬" or "初" => 10, "中旬" => 20, _ => lastDay };
        return new DateOnly(year, month, day);
    }

    private static int ParseMonth(string text) =>
        char.IsAsciiDigit(text[0]) ? int.Parse(text) : ChineseNumber.TryParse(text, out var m) ? m : 12;
}
