using System.Text.RegularExpressions;

namespace TaskBot.Words;

/// <summary>The words of one locale: messages by key ("help.intro") and phrase patterns by key ("common.cancel").</summary>
public sealed class LocaleText(string locale, IReadOnlyDictionary<string, string> messages, IReadOnlyDictionary<string, Phrase[]> phrases)
{
    private readonly Dictionary<string, string[]> _phraseKeysByFile = phrases.Keys.GroupBy(k => k[..k.IndexOf('.')], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public string Locale { get; } = locale;
    public IEnumerable<string> MessageKeys => messages.Keys;
    public IEnumerable<string> PhraseKeys => phrases.Keys;

    /// <summary>The phrase keys of one file of dialogs/ ("intents" for intents.yaml), in the file's order.</summary>
    public IReadOnlyList<string> PhraseKeysIn(string file) => _phraseKeysByFile.GetValueOrDefault(file) ?? [];

    /// <summary>The message for a key, with {name} placeholders filled from <paramref name="args"/>.</summary>
    public string Say(string key, params (string Name, object? Value)[] args)
    {
        if (!messages.TryGetValue(key, out var template)) throw new KeyNotFoundException($"no message '{key}' in dialogs/{Locale}");
        foreach (var (name, value) in args)
            template = template.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
        return template.TrimEnd('\n');
    }

    /// <summary>Whether the text is one of the phrases of a key; the match's named groups go to <paramref name="match"/>.</summary>
    public bool Hears(string key, string? text, out Match? match)
    {
        match = null;
        if (text is null || !phrases.TryGetValue(key, out var patterns)) return false;
        var normalized = Matchable(text);
        foreach (var pattern in patterns)
            if (pattern.Match(normalized) is { Success: true } found)
            {
                match = found;
                return true;
            }
        return false;
    }

    public bool Hears(string key, string? text)
    {
        if (text is null || !phrases.TryGetValue(key, out var patterns)) return false;
        var normalized = Matchable(text);
        foreach (var pattern in patterns)
            if (pattern.IsMatch(normalized)) return true;
        return false;
    }

    /// <summary>Trimmed, lower-case, without trailing punctuation and with full-width digits, ＃ and spaces made ASCII.</summary>
    public static string Normalize(string text) => Trimmed(Folded(text.Trim(), lower: true));

    // What phrases are matched against: as Normalize, but in the case it was written, for what a phrase captures (a
    // report's 单位GDP能耗…) goes on as written. The phrases ignore case.
    private static string Matchable(string text) => Trimmed(Folded(text.Trim(), lower: false));

    private static string Trimmed(string folded)
    {
        var kept = folded.AsSpan().TrimEnd("。！？.!?~～，,").Trim();
        return kept.Length == folded.Length ? folded : kept.ToString();
    }

    // Every message is normalized for each phrase key it is tried against: most need no change, and then cost no copy.
    private static string Folded(string text, bool lower)
    {
        if (!text.AsSpan().ContainsAnyExcept(Unchanged)) return text;
        var ascii = text.AsSpan().ContainsAnyInRange('０', '９') || text.Contains('\u3000') || text.Contains('＃')
            ? string.Create(text.Length, text, static (chars, source) =>
            {
                for (var i = 0; i < chars.Length; i++)
                    chars[i] = source[i] switch { >= '０' and <= '９' => (char)(source[i] - '０' + '0'), '\u3000' => ' ', '＃' => '#', var c => c };
            })
            : text;
        return lower ? ascii.ToLowerInvariant() : ascii;
    }

    // Characters that neither lower-casing nor the full-width folding changes: ASCII but capitals, CJK ideographs and
    // punctuation, full-width forms but capitals, digits and ＃. Anything else takes the general path.
    private static readonly System.Buffers.SearchValues<char> Unchanged = System.Buffers.SearchValues.Create(
        [.. Range('\0', '@'), .. Range('[', '\u007f'), .. Range('\u2000', '\u206f'), .. Range('\u3001', '\u9fff'),
         .. Range('\uff01', '\uff02'), .. Range('\uff04', '\uff0f'), .. Range('\uff1a', '\uff20'), .. Range('\uff3b', '\uffef')]);

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);
}
