using System.Globalization;
using System.Text.RegularExpressions;
using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Reports;

/// <summary>
/// Numbers as people write them in a report: 60, 60.5, ６０, 六十, 百分之六十, 六成, 一半, 三分之二, 60％, 约67%,
/// and a percentage inside a sentence (预计完成35%).
/// </summary>
public static partial class Amounts
{
    [GeneratedRegex(@"(?<p>\d+(?:\.\d+)?)\s*(?:[%％]|percent\b|per cent\b)|百分之(?<p>[零〇一二两三四五六七八九十百\d.]+)|(?<t>[一二两三四五六七八九十\d])成(?<o>[一二三四五六七八九\d])?"
        + @"|(?<half>一半|过半|半数|\bhalf\b)|(?<den>[二三四五])分之(?<num>[一二三四])")]
    private static partial Regex Percentage();

    /// <summary>A plain number: digits (full-width too) or a Chinese numeral; null otherwise.</summary>
    public static decimal? Read(string text)
    {
        var t = Ascii(text).Trim();
        if (decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)) return d;
        return ChineseNumber.TryParse(t, out var n) ? n : t is "零" or "〇" ? 0 : null;
    }

    /// <summary>The first percentage said in the text (60%, 百分之六十, 六成, 六成五, 一半, 三分之二), or null.</summary>
    public static decimal? FindPercent(string text)
    {
        if (PercentMatch(text) is not { Success: true } m) return null;
        if (m.Groups["p"].Success) return Read(m.Groups["p"].Value);
        if (m.Groups["half"].Success) return 50;
        if (m.Groups["den"].Success)
            return Math.Round(100m * (Read(m.Groups["num"].Value) ?? 0) / (Read(m.Groups["den"].Value) ?? 1));
        var tenths = Read(m.Groups["t"].Value) ?? 0;
        return tenths * 10 + (m.Groups["o"].Success ? Read(m.Groups["o"].Value) ?? 0 : 0);
    }

    /// <summary>Where the percentage stands in the text, to tell "完成约67%" from the words around it.</summary>
    public static Match PercentMatch(string text) => Percentage().Match(Ascii(text));

    /// <summary>Full-width digits, % and . made ASCII.</summary>
    public static string Ascii(string text) =>
        new([.. text.Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c)]);
}
