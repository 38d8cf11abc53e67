using TaskBot.Domain.Plans;
using TaskBot.Import;

namespace TaskBot.Documents;

/// <summary>
/// Reads a plan from what offices have: a Word document (.docx), a workbook (.xlsx), or text (the two layouts,
/// or rows separated by tabs or commas). The file's first bytes, not its name, say which.
/// </summary>
public static class PlanDocument
{
    /// <summary>The plan, and the sheet it was read from when the file is a workbook.</summary>
    public static (PlanDraft Plan, string? Sheet) ParseFile(string path, string? sheet = null, int? year = null)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"no such file: {Path.GetFullPath(path)}", path);
        return Parse(File.ReadAllBytes(path), Path.GetFileName(path), sheet, year);
    }

    /// <summary>A plan sent as bytes (a file sent in chat), named as its sender named it.</summary>
    /// <param name="year">The plan's year when the document names none.</param>
    public static (PlanDraft Plan, string? Sheet) Parse(byte[] bytes, string name, string? sheet = null, int? year = null)
    {
        var title = Path.GetFileNameWithoutExtension(name);
        var kind = DocumentKinds.Of(bytes, name);
        try
        {
            return Read(kind, bytes, name, title, sheet, year);
        }
        catch (Exception e) when (e is not PlanFormatException)
        {
            var save = kind == DocumentKind.Workbook ? ".xlsx" : ".docx";
            throw new PlanFormatException($"the file could not be read ({e.Message}); open it and save it again as {save}");
        }
    }

    private static (PlanDraft, string?) Read(DocumentKind kind, byte[] bytes, string name, string title, string? sheet, int? year)
    {
        switch (kind)
        {
            case DocumentKind.Word:
                var (words, tableRows) = WordPlanText.Read(new MemoryStream(bytes), title);
                return (PlanParser.Parse(words, name, year, tableRows), null);
            case DocumentKind.Workbook:
                var (read, rows) = SpreadsheetRows.Read(bytes, sheet);
                // The reader yields every row from the sheet's first, so a row's index is its number less one.
                var (text, sheetRows) = TableText.Write(rows, SpreadsheetRows.HeaderWithin, $"sheet \"{read}\"", title,
                    i => new RowOrigin(RowPlace.SheetRow, i + 1, read));
                return (PlanParser.Parse(text, name, year, sheetRows), read);
            default:
                return (PlanParser.Parse(DocumentText.Decode(bytes), name, year), null);
        }
    }
}
