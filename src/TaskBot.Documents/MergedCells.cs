using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TaskBot.Documents;

/// <summary>
/// A sheet's merged ranges (a leader over several tasks, a title across the columns): the value of a range's
/// first cell is given to every cell in it. Only the merge list is read, streaming, not the sheet's cells.
/// </summary>
internal static class MergedCells
{
    public static void Fill(byte[] workbook, string sheet, List<List<string>> rows)
    {
        foreach (var range in Ranges(workbook, sheet))
        {
            var ends = range.Split(':');
            if (ends.Length != 2) continue;
            var (top, left) = Position(ends[0]);
            var (bottom, right) = Position(ends[1]);
            if (top >= rows.Count || left >= rows[top].Count) continue;
            var value = rows[top][left];
            for (var r = top; r <= bottom && r < rows.Count; r++)
            {
                while (rows[r].Count <= right) rows[r].Add("");
                for (var c = left; c <= right; c++) rows[r][c] = value;
            }
        }
    }

    private static List<string> Ranges(byte[] workbook, string sheet)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var part = document.WorkbookPart!;
        var id = part.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheet).Id!.Value!;
        using var reader = OpenXmlReader.Create((WorksheetPart)part.GetPartById(id));
        var ranges = new List<string>();
        while (reader.Read())
            if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
                ranges.Add(((MergeCell)reader.LoadCurrentElement()!).Reference?.Value ?? "");
        return ranges;
    }

    /// <summary>"C4" → row 3, column 2 (from zero).</summary>
    private static (int Row, int Column) Position(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) column = column * 26 + char.ToUpperInvariant(reference[i]) - 'A' + 1;
        return (int.Parse(reference[i..]) - 1, column - 1);
    }
}
