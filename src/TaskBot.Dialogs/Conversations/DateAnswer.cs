using System.Globalization;
using System.Text.RegularExpressions;

namespace TaskBot.Dialogs.Conversations;

/// <summary>A date at the start of an answer: 2025-12-31, 2025/12/31, 2025年12月31日, or 12月31日 (this year); the rest follows it.</summary>
public static partial class DateAnswer
{
    [GeneratedRegex(@"^\s*(?:(?<y>\d{4})\s*[-/.年]\s*)?(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*[日号]?\s*[，,、;；]?\s*(?<rest>[\s\S]*)$")]
    private static partial Regex Pattern();

    public static (DateOnly Date, string After)? Read(string text, int thisYear)
    {
        if (Pattern().Match(text) is not { Success: true } m) return null;
        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : thisYear;
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return (new DateOnly(year, month, day), m.Groups["rest"].Value.Trim());
    }
}
