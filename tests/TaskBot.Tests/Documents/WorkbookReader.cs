using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TaskBot.Tests.Documents;

/// <summary>Opens a written .xlsx to check it cell by cell, as Excel would read it.</summary>
public sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument _document;

    public WorkbookReader(string path) => _document = SpreadsheetDocument.Open(path, false);

    public IReadOnlyList<string> SheetNames => [.. Book.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Sheet(string name) =>
        ((WorksheetPart)Book.GetPartById(Book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!)).Worksheet;

    public Cell Cell(string sheet, string reference) =>
        Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);

    /// <summary>What Excel shows for a string cell; null when the cell is not text.</summary>
    public string? Text(string sheet, string reference) => Cell(sheet, reference) switch
    {
        { DataType.Value: var t } c when t == CellValues.InlineString => c.InlineString!.InnerText,
        { DataType.Value: var t } c when t == CellValues.SharedString =>
            Book.SharedStringTablePart!.SharedStringTable.ElementAt(int.Parse(c.CellValue!.Text)).InnerText,
        { DataType.Value: var t } c when t == CellValues.String => c.CellValue!.Text,
        _ => null,
    };

    /// <summary>The solid fill colour of a cell, as ARGB.</summary>
    public string? Fill(string sheet, string reference)
    {
        var styles = Book.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(sheet, reference).StyleIndex?.Value ?? 0));
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    /// <summary>The number format code of a cell ("yyyy-mm-dd"), or its built-in id.</summary>
    public string NumberFormat(string sheet, string reference)
    {
        var styles = Book.WorkbookStylesPart!.Stylesheet;
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)(Cell(sheet, reference).StyleIndex?.Value ?? 0))
            .NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(f => f.NumberFormatId?.Value == id)
            ?.FormatCode?.Value ?? id.ToString();
    }

    /// <summary>What Excel would complain about: the schema errors of the package.</summary>
    public IReadOnlyList<string> SchemaErrors() =>
        [.. new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(_document).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    private WorkbookPart Book => _document.WorkbookPart!;

    public void Dispose() => _document.Dispose();
}
