using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TaskBot.Tests.Documents;

/// <summary>
/// Builds .xlsx files as Excel writes them: shared strings, dates as serial numbers with a date format,
/// merged cells, several sheets.
/// </summary>
public sealed class WorkbookFile
{
    private readonly List<(string Name, object?[][] Rows, string[] Merges)> _sheets = [];

    /// <param name="rows">Cells: strings, numbers, <see cref="DateTime"/>s, or null.</param>
    /// <param name="merges">Ranges such as "A1:F1".</param>
    public WorkbookFile Sheet(string name, object?[][] rows, params string[] merges)
    {
        _sheets.Add((name, rows, merges));
        return this;
    }

    public string Save(string name)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-xlsx-").FullName, name);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        uint id = 1;
        foreach (var (sheetName, rows, merges) in _sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 1 };
                for (var c = 0; c < rows[r].Length; c++)
                    if (rows[r][c] is { } value) row.Append(Cell(value, $"{(char)('A' + c)}{r + 1}", strings.SharedStringTable));
                data.Append(row);
            }
            var worksheet = new Worksheet(data);
            if (merges.Length > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
            part.Worksheet = worksheet;
            workbook.Workbook.Sheets!.Append(new Sheet { Name = sheetName, SheetId = id++, Id = workbook.GetIdOfPart(part) });
        }
        return path;
    }

    private static Cell Cell(object value, string reference, SharedStringTable strings) => value switch
    {
        DateTime d => new Cell
        {
            CellReference = reference, StyleIndex = 1,
            CellValue = new CellValue(d.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        },
        int or double => new Cell
        {
            CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        },
        _ => SharedString(reference, (string)value, strings),
    };

    private static Cell SharedString(string reference, string text, SharedStringTable strings)
    {
        strings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.Count() - 1) };
    }

    // Style 1 is Excel's built-in short date (numFmtId 14).
    private static Stylesheet Styles() => new(
        new Fonts(new Font()),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
}
