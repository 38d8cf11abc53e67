using System.Globalization;
using System.Text;

namespace TaskBot.Domain.Plans;

/// <summary>
/// A task's title: the first clause of its text that names the work (引进哈林、美渡等知名企业), after leading framing
/// (按照“…”的发展思路, 以…为重点, 坚持…), never cut inside quotation marks.
/// </summary>
public static class TaskTitle
{
    private static readonly string[] FramingStarts =
        ["按照", "依照", "根据", "围绕", "坚持", "紧扣", "聚焦", "立足", "秉持", "本着", "牢固树立", "对标", "为了", "以"];

    private static readonly string[] FramingEnds =
        ["为重点", "为抓手", "为目标", "为引领", "为核心", "为主线", "为导向", "为契机", "为载体", "为牵引", "思路", "原则", "要求", "理念"];

    private const string Opening = "“‘「『《\"";
    private const string Closing = "”’」』》\"";

    public static string Of(string text, int length = 28)
    {
        var clauses = Clauses(text);
        var first = clauses.FirstOrDefault(c => !IsFraming(c)) ?? clauses.FirstOrDefault() ?? text.Trim();
        return Shorten(first, length);
    }

    private static bool IsFraming(string clause) =>
        (FramingStarts.Any(s => clause.StartsWith(s, StringComparison.Ordinal)) && !clause.StartsWith("以上", StringComparison.Ordinal))
        || FramingEnds.Any(e => clause.EndsWith(e, StringComparison.Ordinal));

    /// <summary>The text split at ，。；, except inside quotation marks.</summary>
    private static List<string> Clauses(string text)
    {
        var clauses = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in text.Trim())
        {
            if (c == '"') depth = depth > 0 ? depth - 1 : depth + 1;
            else if (Opening.Contains(c)) depth++;
            else if (Closing.Contains(c)) depth = Math.Max(0, depth - 1);
            if (depth == 0 && c is '，' or '。' or '；' or ',' or ';' or '：')
            {
                if (current.Length > 0) clauses.Add(current.ToString().Trim());
                current.Clear();
            }
            else current.Append(c);
        }
        if (current.Length > 0) clauses.Add(current.ToString().Trim());
        return [.. clauses.Where(c => c.Length > 0)];
    }

    /// <summary>At most <paramref name="length"/> characters as people count them; a cut inside quotation marks moves before them.</summary>
    private static string Shorten(string clause, int length)
    {
        var elements = new StringInfo(clause);
        if (elements.LengthInTextElements <= length) return clause;
        var cut = elements.SubstringByTextElements(0, length);
        var open = OpenQuoteAt(cut);
        if (open > length / 3) cut = cut[..open];
        else if (open >= 0 && clause.IndexOfAny(Closing.ToCharArray(), open + 1) is var close and >= 0 && close < length * 2)
            cut = clause[..(close + 1)];
        return cut.TrimEnd('、') + "…";
    }

    // Where the quotation still open at the end of the text began; -1 when none is open.
    private static int OpenQuoteAt(string text)
    {
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Opening.Contains(text[i]) && !(text[i] == '"' && open.Count > 0 && text[open.Peek()] == '"')) open.Push(i);
            else if (Closing.Contains(text[i]) && open.Count > 0) open.Pop();
        }
        return open.Count == 0 ? -1 : open.Last();
    }
}
