using System.Text.RegularExpressions;
using TaskBot.Domain.Plans;

namespace TaskBot.Import;

/// <summary>A line that starts with a number as plans write them: 一、… （一）… 1.… 第一部分….</summary>
public readonly partial record struct NumberedLine(NumberKind Kind, int Number, string Text)
{
    private const string Numerals = "[一二三四五六七八九十百零〇两]+";

    [GeneratedRegex(@"^\s*(?<n>" + Numerals + @")、(?<text>.*)$")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^\s*[（(](?<n>" + Numerals + @")[）)]\s*(?<text>.*)$")]
    private static partial Regex Parenthesised();

    // 1.5万亩 at the start of a wrapped line is a figure, not a number.
    [GeneratedRegex(@"^\s*(?<n>\d{1,3})[.．、](?!\d)\s*(?<text>.*)$")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^\s*第(?<n>" + Numerals + @")(?:部分|章|篇)\s*[、，：:　 ]?\s*(?<text>.*)$")]
    private static partial Regex Part();

    public static NumberedLine? Of(string line)
    {
        foreach (var (kind, pattern) in new[]
                 { (NumberKind.Part, Part()), (NumberKind.Chinese, Chinese()), (NumberKind.Parenthesised, Parenthesised()),
                     (NumberKind.Arabic, Arabic()) })
        {
            if (pattern.Match(line) is not { Success: true } m) continue;
            var n = m.Groups["n"].Value;
            var number = kind == NumberKind.Arabic ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)
                : ChineseNumber.TryParse(n, out var c) ? c : 0;
            if (number > 0) return new NumberedLine(kind, number, m.Groups["text"].Value.Trim());
        }
        return null;
    }

    /// <summary>A chapter's title as the report shows it: without its number and closing punctuation.</summary>
    public static string ChapterTitle(string heading)
    {
        var text = Of(heading)?.Text ?? heading.Trim();
        return text.Replace("\n", "").TrimEnd('。', '：', ':', '；', ';').Trim();
    }
}
