using System.Globalization;
using System.Text.RegularExpressions;

namespace TaskBot.Domain.Periods;

/// <summary>A reporting period: a week ("2025-W10"), a half month ("2025-03-H1") or a month ("2025-03"), inclusive dates.</summary>
public sealed partial record Period(string Key, DateOnly Start, DateOnly End)
{
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public PeriodKind Kind => Key.Contains("-W") ? PeriodKind.Week : Key.Contains("-H") ? PeriodKind.HalfMonth : PeriodKind.Month;

    /// <summary>The ISO week number, or the half (1, 2); 0 for a month.</summary>
    public int Number => Kind switch
    {
        PeriodKind.Week => int.Parse(Key[(Key.IndexOf('W') + 1)..], CultureInfo.InvariantCulture),
        PeriodKind.HalfMonth => Key[^1] - '0',
        _ => 0,
    };

    [GeneratedRegex(@"^(?<y>\d{4})-(W(?<w>\d{2})|(?<m>\d{2})(-H(?<h>[12]))?)$")]
    private static partial Regex KeyPattern();

    /// <summary>The period a stored key names; null for a key in no known form.</summary>
    public static Period? FromKey(string key)
    {
        if (KeyPattern().Match(key) is not { Success: true } m) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["w"].Success)
        {
            var week = int.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture);
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year)) return null;
            return PeriodCalendar.Containing(DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)), PeriodKind.Week);
        }
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        var kind = m.Groups["h"].Success ? PeriodKind.HalfMonth : PeriodKind.Month;
        return PeriodCalendar.Containing(new DateOnly(year, month, m.Groups["h"].Value == "2" ? 16 : 1), kind);
    }
}
