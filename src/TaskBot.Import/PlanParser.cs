using TaskBot.Domain.Plans;

namespace TaskBot.Import;

/// <summary>Reads a task decomposition document in either format into a <see cref="PlanDraft"/>.</summary>
public static class PlanParser
{
    public static PlanDraft ParseFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file: {Path.GetFullPath(path)}", path);
        return Parse(DocumentText.Decode(File.ReadAllBytes(path)), Path.GetFileName(path));
    }

    /// <param name="year">The plan's year when the document names none (the office's --year).</param>
    /// <param name="rows">For text written from a table (<see cref="TableText"/>): the row of the office's file each line starts.</param>
    public static PlanDraft Parse(string text, string source, int? year = null, IReadOnlyDictionary<int, RowOrigin>? rows = null)
    {
        text = text.Replace("\uFEFF", "");
        if (DelimitedText.TryRows(text) is { } delimited)
            (text, rows) = TableText.Write(delimited.Rows, int.MaxValue, source, Path.GetFileNameWithoutExtension(source),
                i => new RowOrigin(RowPlace.TextLine, delimited.Lines[i]));
        try
        {
            return Read(text, source, year);
        }
        catch (PlanFormatException e) when (rows is not null && rows.TryGetValue(e.Line, out var origin))
        {
            throw e.At(origin);
        }
    }

    private static PlanDraft Read(string text, string source, int? year)
    {
        var lines = SourceLine.Split(text);
        var (bodyLine, tasks) =
            TablePlanParser.Recognises(lines) ? TablePlanParser.Read(lines)
            : SectionPlanParser.Recognises(lines) ? SectionPlanParser.Read(lines)
            : throw new PlanFormatException(
                "not a task decomposition document: found neither numbered sections (一、… followed by 牵头单位：) nor a table with 序号 and 重点工作任务 columns");
        var preamble = lines.Where(l => l.Number < bodyLine).ToList();
        var (title, planYear) = PlanHeading.Read(preamble, bodyLine, year);
        var places = NameLists.PlaceNames(tasks.SelectMany(t => new[] { t.LeadUnits, t.ResponsibleUnits }));
        var preambleText = string.Join("\n", preamble.Select(l => l.Text));
        return new PlanDraft(title, planYear, source, [.. tasks.Select(t => t.ToDraft(planYear, places))])
        {
            Organisation = Organisation.Find(preamble.Select(l => l.Text).Prepend(title)),
            Rhythm = Rhythm.Find(preambleText),
        };
    }
}
