using TaskBot.Domain.Plans;
using System.Text;
using System.Text.RegularExpressions;

namespace TaskBot.Import;

/// <summary>
/// The numbered-section format: paragraphs headed 一、二、… (or 1. / （一）) each followed by
/// 牵头领导： / 牵头单位： / 责任单位： / 完成时限： lines, optionally under chapter headings of another kind
/// (一、坚定不移抓项目扩投资 over tasks 1. 2. …) that stand on their own line between tasks.
/// </summary>
public static partial class SectionPlanParser
{
    [GeneratedRegex(@"^\s*(?<f>牵头领导|责任领导|牵头单位|责任单位|配合单位|完成时限|完成时间)\s*[：:]\s*(?<v>.*)$")]
    private static partial Regex Field();

    public static bool Recognises(IReadOnlyList<SourceLine> lines) =>
        lines.Any(l => NumberedLine.Of(l.Text) is not null)
            && lines.Any(l => Field().Match(l.Text) is { Success: true } m && m.Groups["f"].Value == "牵头单位");

    public static (int BodyLine, List<TaskFields> Tasks) Read(IReadOnlyList<SourceLine> lines)
    {
        var sections = Sections(lines).SkipWhile(s => s.Fields.Count == 0).ToList();
        if (sections.Count == 0) throw new PlanFormatException("no numbered task (一、…) is followed by a 牵头单位： line");
        var tasks = new List<TaskFields>();
        foreach (var section in sections)
        {
            // Tasks numbered again from 1 in each chapter ((一) (二) under 一、, then (一) under 二、) are numbered through the plan.
            var expected = tasks.Count + 1;
            if (section.Number != expected && section.Number != tasks.Count(t => t.Chapter == section.Chapter) + 1)
                throw new PlanFormatException($"expected task {expected} but the section is numbered {section.Number}", section.Line);
            if (section.Fields.Count == 0)
                throw new PlanFormatException($"task {section.Number} has no 牵头领导/牵头单位/责任单位/完成时限 lines", section.Line);
            tasks.Add(section.ToFields(expected));
        }
        return (sections[0].Line, tasks);
    }

    private static List<Section> Sections(IReadOnlyList<SourceLine> lines)
    {
        var text = lines.Where(l => !l.IsBlank).ToList();
        var taskKind = TaskKind(text);
        var chapters = new ChapterTrail();
        var sections = new List<Section>();
        var inIntro = false; // a chapter's own paragraph, between its heading and its first task
        for (var i = 0; i < text.Count; i++)
        {
            var line = text[i];
            var numbered = NumberedLine.Of(line.Text);
            if (numbered is { } h && h.Kind == taskKind)
            {
                sections.Add(new Section(h.Number, line.Number, h.Text, chapters.Current));
                inIntro = false;
            }
            else if (numbered is not null && IsChapter(text, i, sections))
            {
                chapters.Enter(line.Text);
                inIntro = true;
            }
            else if (Field().Match(line.Text) is { Success: true } f)
                Current(sections, line).SetField(f.Groups["f"].Value, f.Groups["v"].Value, line.Number);
            else if (sections.Count > 0 && !inIntro)
                sections[^1].Continue(line.Text.Trim());
        }
        return sections;
    }

    /// <summary>How the tasks are numbered: the kind of number that most often heads the lines before a 牵头… block.</summary>
    private static NumberKind? TaskKind(List<SourceLine> text)
    {
        var kinds = new List<NumberKind>();
        for (var i = 1; i < text.Count; i++)
        {
            if (!Field().IsMatch(text[i].Text) || Field().IsMatch(text[i - 1].Text)) continue;
            for (var j = i - 1; j >= 0 && !Field().IsMatch(text[j].Text); j--)
                if (NumberedLine.Of(text[j].Text) is { } n) { kinds.Add(n.Kind); break; }
        }
        return kinds.Count == 0 ? null : kinds.GroupBy(k => k).OrderByDescending(g => g.Count()).First().Key;
    }

    // A chapter heading stands between tasks (before the first, or after a task's 牵头… lines) and is followed by
    // another heading, at once or after a paragraph of its own; a numbered line inside a task's text is not one. A
    // preamble's 一、总体要求 with its paragraphs is taken, but the next heading of its kind (二、主要任务) replaces it.
    private static bool IsChapter(List<SourceLine> text, int i, List<Section> sections) =>
        (sections.Count == 0 || sections[^1].Fields.Count > 0) && HeadingFollows(text, i);

    private static bool HeadingFollows(List<SourceLine> text, int i)
    {
        for (var j = i + 1; j < text.Count; j++)
        {
            if (NumberedLine.Of(text[j].Text) is not null) return true;
            if (Field().IsMatch(text[j].Text)) return false;
        }
        return false;
    }

    private static Section Current(List<Section> sections, SourceLine line) =>
        sections.Count > 0 ? sections[^1] : throw new PlanFormatException("a 牵头… line comes before any numbered task", line.Number);

    private sealed class Section(int number, int line, string text, string? chapter)
    {
        private readonly StringBuilder _text = new(text.Trim());
        private string? _lastField;

        public int Number { get; } = number;
        public int Line { get; } = line;
        public string? Chapter { get; } = chapter;
        public Dictionary<string, string> Fields { get; } = [];

        public void SetField(string name, string value, int line)
        {
            _lastField = name switch { "责任领导" => "牵头领导", "配合单位" => "责任单位", "完成时间" => "完成时限", _ => name };
            if (!Fields.TryAdd(_lastField, value.Trim()))
                throw new PlanFormatException($"task {Number} has a second {_lastField} line: is the heading of the next task missing or misspelt?",
                    line);
        }

        // Before the fields a line continues the task's text; after them a wrapped unit or leader list.
        // Anything after 完成时限 (a footer, 抄送…) belongs to no task.
        public void Continue(string line)
        {
            if (_lastField is null) _text.Append(line);
            else if (_lastField != "完成时限") Fields[_lastField] += line;
        }

        public TaskFields ToFields(int number) => new(
            number, Line, _text.ToString(),
            Fields.GetValueOrDefault("牵头领导", ""),
            Fields.GetValueOrDefault("牵头单位", ""),
            Fields.GetValueOrDefault("责任单位", ""),
            Fields.GetValueOrDefault("完成时限"),
            Chapter);
    }
}
