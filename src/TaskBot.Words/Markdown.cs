using System.Text;

namespace TaskBot.Words;

/// <summary>
/// The bot's messages are CommonMark. Text that comes from people (reports, names, documents) enters them as literal
/// text, so that a typed link, tag, &lt;at&gt; mention or ** never becomes markup in a leader's chat or a group, and
/// a direction override or an invisible character never makes it read other than it is.
/// </summary>
public static class Markdown
{
    // Enough to stop links, autolinks, HTML, entities, emphasis, code, strikethrough and tables mid-line.
    private const string Active = "\\`*_[]<>&~|";
    private const string FullWidth = "＼｀＊＿［］＜＞＆～｜";

    /// <summary>
    /// People's text as literal CommonMark, on one line (values always sit inside a line of a template), without
    /// direction controls (U+202E can show "exe.txt" as "txt.exe") or zero-width characters.
    /// </summary>
    public static string Literal(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var result = new StringBuilder(text.Length + 8);
        var line = text.ReplaceLineEndings(" ");
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (IsHidden(c) && !JoinsEmoji(line, i)) continue;
            if (Active.Contains(c)) result.Append('\\');
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsHidden(char c) => c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or '\u200B' or '\u200C' or '\u200D' or (>= '\u2060' and <= '\u2064') or '\uFEFF' or '\u180E';

    // A zero-width joiner after an emoji (a surrogate pair or a variation selector) is part of it: 👨‍👩‍👧.
    private static bool JoinsEmoji(string text, int i) =>
        text[i] == '\u200D' && i > 0 && (char.IsLowSurrogate(text[i - 1]) || text[i - 1] == '\uFE0F');

    /// <summary>A message for a place that shows text as it is: no emphasis marks, no escapes.</summary>
    public static string Plain(string markdown) => Unescape(markdown.Replace("**", "", StringComparison.Ordinal), c => c);

    /// <summary>
    /// A message for a Markdown dialect without backslash escapes (企业微信, 钉钉): each escaped character becomes its
    /// full-width form, which reads the same and is never markup.
    /// </summary>
    public static string WithoutEscapes(string markdown) => Unescape(markdown, c => FullWidth[Active.IndexOf(c)]);

    private static string Unescape(string markdown, Func<char, char> literal)
    {
        var result = new StringBuilder(markdown.Length);
        for (var i = 0; i < markdown.Length; i++)
        {
            if (markdown[i] == '\\' && i + 1 < markdown.Length && Active.Contains(markdown[i + 1])) result.Append(literal(markdown[++i]));
            else result.Append(markdown[i]);
        }
        return result.ToString();
    }
}
