using DocumentFormat.OpenXml.Wordprocessing;

namespace TaskBot.Documents;

/// <summary>
/// A Word table as rows of cell text on the table's grid: a cell merged down (vMerge) repeats the text of the
/// cell it continues, a cell merged across (gridSpan) fills every column it spans.
/// </summary>
internal static class WordTable
{
    public static List<IReadOnlyList<string>> Rows(Table table, Func<Paragraph, string> text)
    {
        var rows = new List<IReadOnlyList<string>>();
        var above = new Dictionary<int, string>();
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new List<string>();
            var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            cells.AddRange(Enumerable.Repeat("", column));
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var value = continues ? above.GetValueOrDefault(column, "")
                    : string.Join("\n", cell.Elements<Paragraph>().Select(text));
                for (var i = 0; i < span; i++, column++)
                {
                    cells.Add(value);
                    above[column] = value;
                }
            }
            rows.Add(cells);
        }
        return rows;
    }
}
