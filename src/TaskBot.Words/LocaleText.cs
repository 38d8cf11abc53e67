using System.Text.RegularExpressions;

namespace TaskBot.Words;

/// <summary>The words of one locale: messages by key ("help.intro") and phrase patterns by key ("common.cancel").</summary>
public sealed class LocaleText(string locale, IReadOnlyDictionary<string, string> messages, IReadOnlyDictionary<string, Regex[]> phrases)
{
    public string Locale { get; } = locale;
    public IEnumerable<string> MessageKeys => messages.Keys;
    public IEnumerable<string> PhraseKeys => phrases.Keys;

    /// <summary>The message for a key, with {name} placeholders filled from <paramref name="args"/>.</summary>
    public string Say(string key, params (string Name, object? Value)[] args)
    {
        if (!messages.TryGetValue(key, out var template)) throw new KeyNotFoundException($"no message '{key}' in dialogs/{Locale}");
        foreach (var (name, value) in args) template = template.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        return template.TrimEnd('\n');
    }

    /// <summary>Whether the text is one of the phrases of a key; the match's named groups go to <paramref name="match"/>.</summary>
    public bool Hears(string key, string? text, out Match? match)
    {
        match = null;
        if (text is null || !phrases.TryGetValue(key, out var patterns)) return false;
        var normalized = Normalize(text);
        match = patterns.Select(p => p.Match(normalized)).FirstOrDefault(m => m.Success);
        return match is not null;
    }

    public bool Hears(string key, string? text) => Hears(key, text, out _);

    /// <summary>Trimmed, lower-case, without trailing punctuation and with full-width digits and spaces made ASCII.</summary>
    public static string Normalize(string text)
    {
        var chars = text.Trim().Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '\u3000' ? ' ' : c);
        return new string([.. chars]).ToLowerInvariant().TrimEnd('。', '！', '？', '.', '!', '?', '~', '～').Trim();
    }
}
