using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TaskBot.Documents.Ledger;

/// <summary>
/// Writes the 台账 as an .xlsx someone can print: a frozen, filtered header, column widths, wrapped text, dates as
/// dates, the light as a coloured cell. People's text goes in as strings, so "=1+1" stays "=1+1".
/// </summary>
public static class LedgerWorkbook
{
    public static void Write(Ledger ledger, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = LedgerStyles.Create();
        uint id = 1;
        foreach (var sheet in LedgerSheets.Of(ledger))
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet);
            workbook.Workbook.Sheets!.Append(new Sheet { Name = SheetName(sheet.Name), SheetId = id++, Id = workbook.GetIdOfPart(part) });
        }
    }

    private static Worksheet Worksheet(LedgerSheet sheet)
    {
        var last = Column(sheet.Columns.Count - 1);
        var data = new SheetData(Row(1, sheet.Columns.Select(c => new LedgerCell(c.Header, LedgerStyle.Header))));
        for (var i = 0; i < sheet.Rows.Count; i++) data.Append(Row((uint)i + 2, sheet.Rows[i]));
        return new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns(sheet.Columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })),
            data,
            new AutoFilter { Reference = $"A1:{last}{sheet.Rows.Count + 1}" },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9 });
    }

    private static Row Row(uint index, IEnumerable<LedgerCell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells) row.Append(Cell($"{Column(column++)}{index}", cell));
        return row;
    }

    private static Cell Cell(string reference, LedgerCell cell)
    {
        var style = (uint)(cell.Style == LedgerStyle.Text && cell.Value is null ? LedgerStyle.Plain : cell.Style);
        return cell.Value switch
        {
            DateOnly d => new Cell
            {
                CellReference = reference, StyleIndex = style, CellValue = new CellValue(Number(d.ToDateTime(TimeOnly.MinValue).ToOADate())),
            },
            int or decimal or double => new Cell
            {
                CellReference = reference, StyleIndex = style,
                CellValue = new CellValue(Number(Convert.ToDouble(cell.Value, CultureInfo.InvariantCulture))),
            },
            null => new Cell { CellReference = reference, StyleIndex = style },
            var text => new Cell(new InlineString(new Text(XmlSafe(text.ToString()!)) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString,
            },
        };
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Column(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    // XML cannot hold most control characters; a report pasted from elsewhere may.
    private static string XmlSafe(string text) => new([.. text.Where(c => c is '\t' or '\n' or '\r' || !char.IsControl(c))]);

    // Excel's rules: at most 31 characters, none of : \ / ? * [ ].
    private static string SheetName(string name)
    {
        var safe = new string([.. name.Select(c => ":\\/?*[]".Contains(c) ? '-' : c)]);
        return safe.Length > 31 ? safe[..31] : safe;
    }
}
