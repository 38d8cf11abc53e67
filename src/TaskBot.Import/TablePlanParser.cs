using System.Text;

namespace TaskBot.Import;

/// <summary>
/// The table format, as exported from a word processor: each cell on its own tab-indented line, rows
/// separated by an empty line, a line break inside a cell continuing on a line with no tab.
/// </summary>
public static class TablePlanParser
{
    public static bool Recognises(IReadOnlyList<SourceLine> lines) => FindHeader(lines) >= 0;

    public static (int BodyLine, List<TaskFields> Tasks) Read(IReadOnlyList<SourceLine> lines)
    {
        var headerAt = FindHeader(lines);
        var rows = Rows(lines, headerAt);
        var columns = Columns(rows[0]);
        var tasks = new List<TaskFields>();
        var chapters = new ChapterTrail();
        foreach (var row in rows.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))))
        {
            if (ChapterRow(row, columns) is { } heading) chapters.Enter(heading);
            else tasks.Add(ToFields(row, columns, tasks, chapters.Current));
        }
        if (tasks.Count == 0) throw new PlanFormatException("the table has a header but no rows", lines[headerAt].Number);
        return (lines[headerAt].Number, tasks);
    }

    /// <summary>
    /// A row that only names a chapter (一、坚定不移抓项目扩投资), in one cell or merged across the table: one text,
    /// and no task number.
    /// </summary>
    private static string? ChapterRow(Row row, List<TableColumn> columns)
    {
        var texts = row.Cells.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        if (texts.Count != 1) return null;
        var at = columns.IndexOf(TableColumn.Number);
        var number = at >= 0 && at < row.Cells.Count ? row.Cells[at] : "";
        return TaskNumber(number) is null ? texts[0] : null;
    }

    // Word's list numbering writes 1. or 1、 into the cell.
    private static int? TaskNumber(string cell) => int.TryParse(cell.Trim().TrimEnd('.', '、', '．'), out var n) ? n : null;

    private static int FindHeader(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (TableHeader.Of(lines[i].Text) != TableColumn.Number || TableHeader.Of(lines[i + 1].Text) != TableColumn.Text) continue;
            // A 类别 column may come before 序号.
            var start = i;
            while (start > 0 && lines[start - 1].Text.StartsWith('\t') && TableHeader.Of(lines[start - 1].Text) is not null) start--;
            return start;
        }
        return -1;
    }

    private static List<TableColumn> Columns(Row header)
    {
        var columns = new List<TableColumn>();
        foreach (var cell in header.Cells)
        {
            if (TableHeader.Of(cell) is not { } column)
                throw new PlanFormatException($"unknown column \"{cell.Trim()}\" in the table header", header.Line);
            columns.Add(column);
        }
        if (!columns.Contains(TableColumn.LeadUnits)) throw new PlanFormatException("the table has no 牵头单位 column", header.Line);
        return columns;
    }

    private static TaskFields ToFields(Row row, List<TableColumn> columns, List<TaskFields> tasks, string? chapterRow)
    {
        var expected = tasks.Count + 1;
        if (row.Cells.Count != columns.Count)
            throw new PlanFormatException($"row {expected} has {row.Cells.Count} cells but the table has {columns.Count} columns", row.Line);
        string Cell(TableColumn c) => columns.IndexOf(c) is var i and >= 0 ? row.Cells[i] : "";
        var chapter = Cell(TableColumn.Chapter) is { } named && named.Trim().Length > 0 ? NumberedLine.ChapterTitle(named) : chapterRow;
        // Rows numbered again from 1 under each chapter row are numbered through the plan.
        var number = TaskNumber(Cell(TableColumn.Number));
        if (number != expected && number != tasks.Count(t => t.Chapter == chapter) + 1)
        {
            var found = Cell(TableColumn.Number).Trim();
            throw new PlanFormatException($"the 序号 should be {expected} but is \"{found}\"", row.Line) { Numbering = (expected, found) };
        }
        return new TaskFields(expected, row.Line, Cell(TableColumn.Text).Replace("\n", ""), Cell(TableColumn.Leaders),
            Cell(TableColumn.LeadUnits), Cell(TableColumn.ResponsibleUnits),
            columns.Contains(TableColumn.Deadline) ? Cell(TableColumn.Deadline) : null, chapter);
    }

    private static List<Row> Rows(IReadOnlyList<SourceLine> lines, int headerAt)
    {
        var rows = new List<Row>();
        Row? row = null;
        foreach (var line in lines.Skip(headerAt))
        {
            if (line.Text.Length == 0) { row = null; continue; }
            if (line.Text.StartsWith('\t'))
            {
                if (row is null) rows.Add(row = new Row(line.Number));
                row.Cells.Add(line.Text[1..]);
            }
            else if (row is not null && row.Cells.Count > 0) row.Cells[^1] += "\n" + line.Text;
            else if (!line.IsBlank)
                throw new PlanFormatException($"a line that belongs to no table cell: \"{line.Text.Trim()}\"", line.Number);
        }
        return rows;
    }

    private sealed record Row(int Line)
    {
        public List<string> Cells { get; } = [];
    }
}
