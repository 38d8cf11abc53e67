using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TaskBot.Domain.Plans;
using TaskBot.Import;

namespace TaskBot.Documents;

/// <summary>
/// The text Word shows for automatic list numbering (一、 1. (1)), counted in document order as Word counts it:
/// per abstract list, deeper levels starting again when a level above them advances.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<int, NumberingInstance> _instances = [];
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<string, NumberingProperties> _styles = [];
    private readonly Dictionary<(int List, int Level), int> _counters = [];
    private readonly HashSet<int> _started = [];

    public WordNumbering(MainDocumentPart main)
    {
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        foreach (var a in numbering?.Elements<AbstractNum>() ?? [])
            if (a.AbstractNumberId?.Value is { } id) _abstracts[id] = a;
        foreach (var n in numbering?.Elements<NumberingInstance>() ?? [])
            if (n.NumberID?.Value is { } id) _instances[id] = n;
        foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id && style.StyleParagraphProperties?.NumberingProperties is { } numPr)
                _styles[id] = numPr;
    }

    /// <summary>The paragraph's number as Word shows it, or "" when it has none.</summary>
    public string Label(Paragraph paragraph)
    {
        var own = paragraph.ParagraphProperties?.NumberingProperties;
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var styled = style is null ? null : _styles.GetValueOrDefault(style);
        var numId = own?.NumberingId?.Val?.Value ?? styled?.NumberingId?.Val?.Value;
        var level = own?.NumberingLevelReference?.Val?.Value ?? styled?.NumberingLevelReference?.Val?.Value ?? 0;
        if (numId is not { } id || !_instances.TryGetValue(id, out var instance)) return "";
        if (instance.AbstractNumId?.Val?.Value is not { } listId || !_abstracts.TryGetValue(listId, out var list)) return "";
        var levels = list.Elements<Level>().ToDictionary(l => l.LevelIndex?.Value ?? 0);
        if (!levels.TryGetValue(level, out var lvl)) return "";
        Advance(listId, level, instance, levels);
        return Text(listId, lvl.LevelText?.Val?.Value ?? "", levels);
    }

    private void Advance(int listId, int level, NumberingInstance instance, Dictionary<int, Level> levels)
    {
        var start = levels[level].StartNumberingValue?.Val?.Value ?? 1;
        // A list that restarts numbering (a startOverride) does so where it is first used.
        if (_started.Add(instance.NumberID!.Value) && Override(instance, level) is { } restart)
            _counters[(listId, level)] = restart - 1;
        _counters[(listId, level)] = _counters.TryGetValue((listId, level), out var n) ? n + 1 : start;
        foreach (var deeper in _counters.Keys.Where(k => k.List == listId && k.Level > level).ToList())
            _counters.Remove(deeper);
    }

    private static int? Override(NumberingInstance instance, int level) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == level)?.StartOverrideNumberingValue?.Val?.Value;

    private string Text(int listId, string pattern, Dictionary<int, Level> levels)
    {
        for (var k = 0; k < 9; k++)
        {
            var placeholder = "%" + (k + 1);
            if (!pattern.Contains(placeholder)) continue;
            var value = _counters.GetValueOrDefault((listId, k), levels.GetValueOrDefault(k)?.StartNumberingValue?.Val?.Value ?? 1);
            pattern = pattern.Replace(placeholder, Format(value, levels.GetValueOrDefault(k)?.NumberingFormat?.Val?.Value));
        }
        return pattern;
    }

    private static string Format(int value, NumberFormatValues? format)
    {
        if (format == NumberFormatValues.ChineseCounting || format == NumberFormatValues.ChineseCountingThousand
            || format == NumberFormatValues.ChineseLegalSimplified || format == NumberFormatValues.TaiwaneseCountingThousand)
            return ChineseNumber.Format(value);
        if (format == NumberFormatValues.UpperLetter) return ((char)('A' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.LowerLetter) return ((char)('a' + (value - 1) % 26)).ToString();
        if (format == NumberFormatValues.None) return "";
        return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
