using System.Text;

namespace TaskBot.Import;

/// <summary>
/// The table format, as exported from a word processor: each cell on its own tab-indented line, rows
/// separated by an empty line, a line break inside a cell continuing on a line with no tab.
/// </summary>
public static class TablePlanParser
{
    private enum Column { Number, Text, Leaders, LeadUnits, ResponsibleUnits, Deadline }

    private static readonly Dictionary<string, Column> HeaderNames = new()
    {
        ["序号"] = Column.Number,
        ["重点工作任务"] = Column.Text, ["任务内容"] = Column.Text, ["工作任务"] = Column.Text, ["目标任务"] = Column.Text, ["重点任务"] = Column.Text,
        ["责任领导"] = Column.Leaders, ["牵头领导"] = Column.Leaders, ["分管领导"] = Column.Leaders,
        ["牵头单位"] = Column.LeadUnits,
        ["责任单位"] = Column.ResponsibleUnits, ["配合单位"] = Column.ResponsibleUnits,
        ["完成时限"] = Column.Deadline, ["完成时间"] = Column.Deadline,
    };

    public static bool Recognises(IReadOnlyList<SourceLine> lines) => FindHeader(lines) >= 0;

    public static (int BodyLine, List<TaskFields> Tasks) Read(IReadOnlyList<SourceLine> lines)
    {
        var headerAt = FindHeader(lines);
        var rows = Rows(lines, headerAt);
        var columns = Columns(rows[0]);
        var tasks = new List<TaskFields>();
        foreach (var row in rows.Skip(1).Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))))
            tasks.Add(ToFields(row, columns, tasks.Count + 1));
        if (tasks.Count == 0) throw new PlanFormatException("the table has a header but no rows", lines[headerAt].Number);
        return (lines[headerAt].Number, tasks);
    }

    private static int FindHeader(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
            if (lines[i].Text.Trim() == "序号" && HeaderNames.GetValueOrDefault(lines[i + 1].Text.Trim(), Column.Number) == Column.Text)
                return i;
        return -1;
    }

    private static List<Column> Columns(Row header)
    {
        var columns = new List<Column>();
        foreach (var cell in header.Cells)
        {
            if (!HeaderNames.TryGetValue(cell.Trim(), out var column))
                throw new PlanFormatException($"unknown column \"{cell.Trim()}\" in the table header", header.Line);
            columns.Add(column);
        }
        if (!columns.Contains(Column.LeadUnits)) throw new PlanFormatException("the table has no 牵头单位 column", header.Line);
        return columns;
    }

    private static TaskFields ToFields(Row row, List<Column> columns, int expected)
    {
        if (row.Cells.Count != columns.Count)
            throw new PlanFormatException($"row {expected} has {row.Cells.Count} cells but the table has {columns.Count} columns", row.Line);
        string Cell(Column c) => columns.IndexOf(c) is var i and >= 0 ? row.Cells[i] : "";
        if (!int.TryParse(Cell(Column.Number).Trim(), out var number) || number != expected)
            throw new PlanFormatException($"expected row {expected} but the 序号 cell says \"{Cell(Column.Number).Trim()}\"", row.Line);
        return new TaskFields(number, row.Line, Cell(Column.Text).Replace("\n", ""), Cell(Column.Leaders),
            Cell(Column.LeadUnits), Cell(Column.ResponsibleUnits), columns.Contains(Column.Deadline) ? Cell(Column.Deadline) : null);
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
