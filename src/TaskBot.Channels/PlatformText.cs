using System.Text;

namespace TaskBot.Channels;

/// <summary>Text cut to a platform's byte budget.</summary>
public static class PlatformText
{
    /// <summary>Cuts text to a byte budget on a character boundary, with an ellipsis.</summary>
    public static string Fit(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes) return text;
        var end = text.Length;
        while (end > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, end)) > maxBytes - 3) end--;
        if (end > 0 && char.IsHighSurrogate(text[end - 1])) end--;
        return text[..end] + "…";
    }

    /// <summary>The first line, shortened to <paramref name="maxChars"/>.</summary>
    public static string Title(string plain, int maxChars)
    {
        var first = plain.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return first.Length <= maxChars ? first : first[..(maxChars - 1)] + "…";
    }
}
