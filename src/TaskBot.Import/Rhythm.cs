using System.Text.RegularExpressions;
using TaskBot.Domain.Periods;

namespace TaskBot.Import;

/// <summary>
/// The reporting rhythm a document states: 半月一报告 (half months), 每月报送 (months), 每周报送 (weeks).
/// 每周一调度 is a weekly check, not a report: the report's rhythm is what a plan's periods follow.
/// </summary>
public static partial class Rhythm
{
    [GeneratedRegex(@"(?<h>(每)?半(个)?月(一|报|报送|报告|一次报)|每半(个)?月(报|上报))|(?<m>(每|按)(个)?月(一报|报|上报)|每月\d{1,2}日前报)|(?<w>(每|按)周(一报|报送|报告|上报))")]
    private static partial Regex Phrase();

    /// <summary>The first rhythm the text states, or null.</summary>
    public static PeriodKind? Find(string? text)
    {
        if (string.IsNullOrEmpty(text) || Phrase().Match(text) is not { Success: true } m) return null;
        return m.Groups["h"].Success ? PeriodKind.HalfMonth : m.Groups["m"].Success ? PeriodKind.Month : PeriodKind.Week;
    }
}
