using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TaskBot.Import;

namespace TaskBot.Documents;

/// <summary>
/// The rows of one sheet of an .xlsx as text: merged cells repeat their value, Excel dates become dates as
/// plans write them (2025年6月30日), numbers are written without Excel's float noise.
/// </summary>
internal static class SpreadsheetRows
{
    public const int HeaderWithin = 10;

    private static readonly OpenXmlConfiguration Merged = new() { FillMergedCells = true };

    /// <summary>The sheet named, or else the first whose top rows hold a decomposition header.</summary>
    public static (string Sheet, List<IReadOnlyList<string>> Rows) Read(Stream stream, string? sheet)
    {
        var names = stream.GetSheetNames();
        var name = sheet is null ? names.FirstOrDefault(n => HasHeader(stream, n))
            : names.FirstOrDefault(n => n == sheet) ?? names.FirstOrDefault(n => n.Trim() == sheet.Trim());
        if (name is null && sheet is not null)
            throw new PlanFormatException($"the workbook has no sheet \"{sheet}\"; its sheets: {string.Join("、", names)}");
        if (name is null)
            throw new PlanFormatException($"no sheet has a header row with 序号 and 重点工作任务 (or 任务内容, 工作任务) in its first {HeaderWithin} rows "
                + $"(sheets: {string.Join("、", names)}); add one, or name the sheet with --sheet");
        return (name, Rows(stream, name).ToList());
    }

    private static bool HasHeader(Stream stream, string sheet) =>
        TableText.FindHeader([.. Rows(stream, sheet).Take(HeaderWithin)], HeaderWithin) >= 0;

    private static IEnumerable<IReadOnlyList<string>> Rows(Stream stream, string sheet)
    {
        stream.Position = 0;
        TableColumn?[]? header = null;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheet, configuration: Merged))
        {
            var cells = row.Values.ToList();
            var text = cells.Select((v, i) => Text(v, header?.ElementAtOrDefault(i))).ToList();
            if (header is null && TableHeader.IsHeader(text)) header = [.. text.Select(TableHeader.Of)];
            yield return text;
        }
    }

    private static string Text(object? value, TableColumn? column) => value switch
    {
        null => "",
        DateTime d => Date(d),
        // A date in a cell whose format Excel knows but the reader does not: a serial day number.
        double n when column == TableColumn.Deadline && n is > 36526 and < 73051 && n == Math.Floor(n) => Date(DateTime.FromOADate(n)),
        double n => n.ToString("0.##########", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static string Date(DateTime d) => $"{d.Year}年{d.Month}月{d.Day}日";
}
