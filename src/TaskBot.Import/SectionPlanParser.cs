using TaskBot.Domain.Plans;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskBot.Import;

/// <summary>
/// The numbered-section format: paragraphs headed 一、二、… each followed by
/// 牵头领导： / 牵头单位： / 责任单位： / 完成时限： lines.
/// </summary>
public static partial class SectionPlanParser
{
    [GeneratedRegex(@"^\s*(?<n>[一二三四五六七八九十百零〇两]+)、(?<text>.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?<f>牵头领导|责任领导|牵头单位|责任单位|配合单位|完成时限|完成时间)\s*[：:]\s*(?<v>.*)$")]
    private static partial Regex Field();

    public static bool Recognises(IReadOnlyList<SourceLine> lines) =>
        lines.Any(l => Heading().IsMatch(l.Text)) && lines.Any(l => Field().Match(l.Text) is { Success: true } m && m.Groups["f"].Value == "牵头单位");

    public static (int BodyLine, List<TaskFields> Tasks) Read(IReadOnlyList<SourceLine> lines)
    {
        var sections = Sections(lines).SkipWhile(s => s.Fields.Count == 0).ToList();
        if (sections.Count == 0) throw new PlanFormatException("no numbered task (一、…) is followed by a 牵头单位： line");
        var tasks = new List<TaskFields>();
        foreach (var section in sections)
        {
            if (section.Number != tasks.Count + 1)
                throw new PlanFormatException($"expected task {tasks.Count + 1} but the section is numbered {section.Number}", section.Line);
            if (section.Fields.Count == 0)
                throw new PlanFormatException($"task {section.Number} has no 牵头领导/牵头单位/责任单位/完成时限 lines", section.Line);
            tasks.Add(section.ToFields());
        }
        return (sections[0].Line, tasks);
    }

    private static List<Section> Sections(IReadOnlyList<SourceLine> lines)
    {
        var sections = new List<Section>();
        foreach (var line in lines.Where(l => !l.IsBlank))
        {
            if (Heading().Match(line.Text) is { Success: true } h && ChineseNumber.TryParse(h.Groups["n"].Value, out var n))
                sections.Add(new Section(n, line.Number, h.Groups["text"].Value));
            else if (Field().Match(line.Text) is { Success: true } f)
                Current(sections, line).SetField(f.Groups["f"].Value, f.Groups["v"].Value, line.Number);
            else if (sections.Count > 0)
                sections[^1].Continue(line.Text.Trim());
        }
        return sections;
    }

    private static Section Current(List<Section> sections, SourceLine line) =>
        sections.Count > 0 ? sections[^1] : throw new PlanFormatException("a 牵头… line comes before any numbered task", line.Number);

    private sealed class Section(int number, int line, string text)
    {
        private readonly StringBuilder _text = new(text.Trim());
        private string? _lastField;

        public int Number { get; } = number;
        public int Line { get; } = line;
        public Dictionary<string, string> Fields { get; } = [];

        public void SetField(string name, string value, int line)
        {
            _lastField = name switch { "责任领导" => "牵头领导", "配合单位" => "责任单位", "完成时间" => "完成时限", _ => name };
            if (!Fields.TryAdd(_lastField, value.Trim()))
                throw new PlanFormatException($"task {Number} has a second {_lastField} line: is the heading of the next task missing or misspelt?", line);
        }

        // Before the fields a line continues the task's text; after them a wrapped unit or leader list.
        // Anything after 完成时限 (a footer, 抄送…) belongs to no task.
        public void Continue(string line)
        {
            if (_lastField is null) _text.Append(line);
            else if (_lastField != "完成时限") Fields[_lastField] += line;
        }

        public TaskFields ToFields() => new(
            Number, Line, _text.ToString(),
            Fields.GetValueOrDefault("牵头领导", ""),
            Fields.GetValueOrDefault("牵头单位", ""),
            Fields.GetValueOrDefault("责任单位", ""),
            Fields.GetValueOrDefault("完成时限"));
    }
}
