using System.Text;

namespace TaskBot.Cli;

/// <summary>
/// People's text made safe to print on a terminal: escape sequences, C0/C1 control characters (but newline
/// and tab) and bidi overrides are dropped, so a display name cannot recolour, retitle or reorder the screen.
/// </summary>
public static class TerminalText
{
    private const char Escape = '\u001b';
    private const char Bell = '\u0007';

    public static string Clean(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Escape) i = EndOfEscape(text, i);
            else if (!IsUnsafe(text[i])) clean.Append(text[i]);
        }
        return clean.ToString();
    }

    private static bool IsUnsafe(char c) =>
        c is not ('\n' or '\t') && (char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069');

    /// <summary>The index of the last character of the escape sequence starting at <paramref name="start"/>.</summary>
    private static int EndOfEscape(string text, int start)
    {
        var i = start + 1;
        if (i >= text.Length) return start;
        switch (text[i])
        {
            case '[': // CSI: parameters and intermediates, then one final byte from @ to ~
                while (++i < text.Length && text[i] is < '@' or > '~') { }
                return Math.Min(i, text.Length - 1);
            case ']' or 'P' or 'X' or '^' or '_': // OSC and other strings: up to BEL or ESC \
                while (++i < text.Length && text[i] != Bell)
                    if (text[i] == Escape && i + 1 < text.Length && text[i + 1] == '\\') return i + 1;
                return Math.Min(i, text.Length - 1);
            default: // a two-character sequence (ESC c, ESC 7, …); intermediates from space to / come first
                while (i < text.Length - 1 && text[i] is >= ' ' and <= '/') i++;
                return i;
        }
    }
}
