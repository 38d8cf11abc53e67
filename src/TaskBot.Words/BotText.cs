using Microsoft.Extensions.Options;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace TaskBot.Words;

/// <summary>
/// All the bot's words, read once from dialogs/{locale}/*.yaml. A message key is "{file}.{key}"; a phrase list
/// holds regular expressions matched against the whole normalized message.
/// </summary>
public sealed class BotText
{
    private readonly Dictionary<string, LocaleText> _locales = new(StringComparer.OrdinalIgnoreCase);

    public BotText(IOptions<DialogTextOptions> options, string contentRoot)
    {
        DefaultLocale = options.Value.DefaultLocale;
        var root = Path.GetFullPath(options.Value.Directory, contentRoot);
        if (!System.IO.Directory.Exists(root)) throw new DirectoryNotFoundException($"the dialogs folder {root} does not exist");
        foreach (var dir in System.IO.Directory.GetDirectories(root)) _locales[Path.GetFileName(dir)] = Load(dir);
        if (!_locales.ContainsKey(DefaultLocale)) throw new InvalidOperationException($"dialogs/{DefaultLocale} is missing");
    }

    public string DefaultLocale { get; }
    public IReadOnlyCollection<string> Locales => _locales.Keys;

    /// <summary>The supported locale closest to what a client asked for: en-GB gets en-US, zh-TW gets zh-CN.</summary>
    public LocaleText For(string? locale)
    {
        if (locale is { Length: > 0 } && _locales.TryGetValue(locale, out var exact)) return exact;
        var language = locale?.Split('-', '_')[0];
        return _locales.Values.FirstOrDefault(l => l.Locale.Split('-')[0].Equals(language, StringComparison.OrdinalIgnoreCase))
            ?? _locales[DefaultLocale];
    }

    private static LocaleText Load(string dir)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, Phrase[]>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.GetFiles(dir, "*.yaml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var file = yaml.Deserialize<TextFile?>(File.ReadAllText(path)) ?? new TextFile();
            foreach (var (key, text) in file.Say) messages[$"{name}.{key}"] = text;
            foreach (var (key, patterns) in file.Hear)
                phrases[$"{name}.{key}"] = [.. patterns.Select(p => new Phrase(p))];
        }
        return new LocaleText(Path.GetFileName(dir), messages, phrases);
    }
}
