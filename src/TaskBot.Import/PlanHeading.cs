using System.Text.RegularExpressions;

namespace TaskBot.Import;

/// <summary>The title and year of a plan, read from the lines before its first task.</summary>
public static partial class PlanHeading
{
    [GeneratedRegex(@"分解(方案|表)")]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"清单|台账")]
    private static partial Regex ListWords();

    [GeneratedRegex(@"(?<y>20\d{2})年")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s*(?<y>20\d{2})年\d{1,2}月\d{1,2}日\s*$")]
    private static partial Regex SignatureDate();

    /// <summary>
    /// The title is the last heading before the tasks that names the decomposition or the list; the year comes from
    /// it, else from the date the notice was signed (body text can carry typos, so it is not consulted), else from
    /// <paramref name="year"/>, the year the office gave.
    /// </summary>
    public static (string Title, int Year) Read(IEnumerable<SourceLine> preamble, int bodyLine, int? year = null)
    {
        var lines = preamble.Where(l => !l.IsBlank).ToList();
        var title = lines.LastOrDefault(l => IsHeading(l.Text) && TitleWords().IsMatch(l.Text)).Text?.Trim()
            ?? lines.LastOrDefault(l => IsHeading(l.Text) && ListWords().IsMatch(l.Text)).Text?.Trim()
            ?? lines.FirstOrDefault().Text?.Trim()
            ?? throw new PlanFormatException("the document has no title before its first task", bodyLine);
        var found = Year().Match(title) is { Success: true } y ? y
            : lines.Select(l => SignatureDate().Match(l.Text)).FirstOrDefault(m => m.Success);
        if (found is not null) return (title, int.Parse(found.Groups["y"].Value));
        return year is { } given ? (title, given) : throw new PlanFormatException(
            $"cannot tell the plan's year: the title \"{title}\" has none and no signature date precedes the tasks"
            + " (put the year in the title, or import with --year)", bodyLine);
    }

    // A heading is short and is not a sentence; the preamble's sentences mention 分解方案 too.
    private static bool IsHeading(string line) => line.Trim().Length <= 60 && !line.Contains('，') && !line.Contains('。');
}
