using System.Text;

namespace TaskBot.Dialogs.Text;

/// <summary>
/// The bot's messages are CommonMark. Text that comes from people (reports, names, documents) enters them as literal
/// text, so that a typed link, tag, &lt;at&gt; mention or ** never becomes markup in a leader's chat or a group.
/// </summary>
public static class Markdown
{
    // Enough to stop links, autolinks, HTML, entities, emphasis, code, strikethrough and tables mid-line.
    private const string Active = "\\`*_[]<>&~|";
    private const string FullWidth = "＼｀＊＿［］＜＞＆～｜";

    /// <summary>People's text as literal CommonMark, on one line (values always sit inside a line of a template).</summary>
    public static string Literal(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (Active.Contains(c)) result.Append('\\');
            result.Append(c);
        }
        return result.ToString();
    }

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
