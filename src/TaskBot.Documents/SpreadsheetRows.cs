using System.Globalization;
using MiniExcelLibs;
using TaskBot.Import;

namespace TaskBot.Documents;

/// <summary>
/// The rows of one sheet of an .xlsx as text: merged cells repeat their value, Excel dates become dates as
/// plans write them (2025年6月30日), numbers are written without Excel's float noise.
/// </summary>
internal static class SpreadsheetRows
{
    public const int HeaderWithin = 10;

    /// <summary>The sheet named, or else the first whose top rows hold a decomposition header.</summary>
    public static (string Sheet, List<IReadOnlyList<string>> Rows) Read(byte[] workbook, string? sheet)
    {
        var names = new MemoryStream(workbook).GetSheetNames();
        var name = sheet is null ? names.FirstOrDefault(n => HasHeader(workbook, n))
            : names.FirstOrDefault(n => n == sheet) ?? names.FirstOrDefault(n => n.Trim() == sheet.Trim());
        if (name is null && sheet is not null)
            throw new PlanFormatException($"the workbook has no sheet \"{sheet}\"; its sheets: {string.Join("、", names)}");
        if (name is null)
            throw new PlanFormatException($"no sheet has a header row with 序号 and 重点工作任务 (or 任务内容, 工作任务) in its first {HeaderWithin} rows "
                + $"(sheets: {string.Join("、", names)}); add one, or name the sheet with --sheet");
        var rows = Rows(workbook, name).ToList();
        MergedCells.Fill(workbook, name, rows);
        return (name, [.. rows]);
    }

    private static bool HasHeader(byte[] workbook, string sheet) =>
        TableText.FindHeader([.. Rows(workbook, sheet).Take(HeaderWithin)], HeaderWithin) >= 0;

    private static IEnumerable<List<string>> Rows(byte[] workbook, string sheet)
    {
        TableColumn?[]? header = null;
        foreach (IDictionary<string, object?> row in new MemoryStream(workbook).Query(useHeaderRow: false, sheetName: sheet))
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
