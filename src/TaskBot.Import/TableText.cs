using System.Text;
using TaskBot.Domain.Plans;

namespace TaskBot.Import;

/// <summary>
/// Writes the rows of a spreadsheet, a Word table or delimited text as the table format
/// <see cref="TablePlanParser"/> reads: the rows above the header as the title lines, then one tab-indented line
/// per cell of the columns it knows, rows separated by an empty line.
/// </summary>
public static class TableText
{
    /// <param name="headerWithin">How many rows from the top the header may be; the header is required.</param>
    /// <param name="where">Where the rows came from, for the error ("sheet 分解表").</param>
    /// <param name="title">The title when no row precedes the header (the file's name).</param>
    /// <param name="origin">Where each row (by index) is in the office's file, so that errors name that row.</param>
    /// <returns>The text, and the row of the office's file that each row's first text line came from.</returns>
    public static (string Text, IReadOnlyDictionary<int, RowOrigin> Rows) Write(IReadOnlyList<IReadOnlyList<string>> rows, int headerWithin,
        string where, string title, Func<int, RowOrigin?>? origin = null)
    {
        var headerAt = FindHeader(rows, headerWithin);
        if (headerAt < 0)
            throw new PlanFormatException($"{where}: no header row with 序号 and 重点工作任务 (or 任务内容, 工作任务) "
                + $"in its first {headerWithin} rows; add one, or save the plan as .docx");
        var header = rows[headerAt];
        var known = Enumerable.Range(0, header.Count).Where(i => TableHeader.Of(header[i]) is not null).ToList();
        var text = new StringBuilder(headerAt == 0 ? title + "\n" : "");
        foreach (var row in rows.Take(headerAt))
            text.Append(string.Join(" ", row.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct())).Append('\n');
        var origins = new Dictionary<int, RowOrigin>();
        var line = text.ToString().Count(c => c == '\n') + 1; // the next line to be written
        for (var r = headerAt; r < rows.Count; r++)
        {
            var row = rows[r];
            if ((r > headerAt && SameCells(row, header)) || row.All(string.IsNullOrWhiteSpace)) continue;
            text.Append('\n');
            line++;
            if (origin?.Invoke(r) is { } o) origins[line] = o;
            foreach (var i in known) line += AppendCell(text, i < row.Count ? row[i] : "");
        }
        return (text.ToString(), origins);
    }

    public static int FindHeader(IReadOnlyList<IReadOnlyList<string>> rows, int within)
    {
        for (var i = 0; i < Math.Min(within, rows.Count); i++)
            if (TableHeader.IsHeader(rows[i])) return i;
        return -1;
    }

    // A table continued on the next page repeats its header.
    private static bool SameCells(IReadOnlyList<string> row, IReadOnlyList<string> header) => row.SequenceEqual(header);

    /// <returns>How many lines it took.</returns>
    private static int AppendCell(StringBuilder text, string cell)
    {
        var lines = cell.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => l.Replace('\t', ' ').Trim()).Where(l => l.Length > 0).DefaultIfEmpty("").ToList();
        text.Append('\t').Append(string.Join("\n", lines)).Append('\n');
        return lines.Count;
    }
}
