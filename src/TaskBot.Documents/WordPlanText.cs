using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TaskBot.Domain.Plans;
using TaskBot.Import;

namespace TaskBot.Documents;

/// <summary>
/// A Word document as the text the plan parsers read: paragraphs one a line with their automatic numbers
/// (a 分解方案), or, when a table has a decomposition header, the paragraphs above it as the title and the rows
/// of every such table in the table format (a 分解表).
/// </summary>
internal static class WordPlanText
{
    /// <returns>The text, and for a 分解表 the table row each of its rows came from.</returns>
    public static (string Text, IReadOnlyDictionary<int, RowOrigin>? Rows) Read(Stream stream, string title)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var main = document.MainDocumentPart ?? throw new PlanFormatException("the Word document has no body; save it again as .docx");
        var numbering = new WordNumbering(main);
        var paragraphs = new List<string>();
        var rows = new List<IReadOnlyList<string>>();
        var rowNumbers = new List<int>();
        foreach (var block in Blocks(main.Document.Body!))
        {
            if (block is Paragraph p) { if (rows.Count == 0) paragraphs.Add(Text(p, numbering)); continue; }
            var table = WordTable.Rows((Table)block, p => Text(p, numbering));
            if (TableText.FindHeader(table, 10) >= 0) { rows.AddRange(table); rowNumbers.AddRange(Enumerable.Range(1, table.Count)); }
            else if (rows.Count == 0) paragraphs.AddRange(table.SelectMany(r => r.Distinct()));
        }
        if (rows.Count == 0) return (string.Join("\n", paragraphs), null);
        List<IReadOnlyList<string>> preamble = [.. paragraphs.Where(p => p.Trim().Length > 0).Select(p => (IReadOnlyList<string>)[p])];
        return TableText.Write([.. preamble, .. rows], int.MaxValue, "the Word document's table", title,
            i => i < preamble.Count ? null : new RowOrigin(RowPlace.TableRow, rowNumbers[i - preamble.Count]));
    }

    /// <summary>Paragraphs and tables in reading order, through content controls and the like.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is Paragraph or Table) yield return child;
            else foreach (var inner in Blocks(child)) yield return inner;
        }
    }

    public static string Text(Paragraph paragraph, WordNumbering numbering)
    {
        var text = new StringBuilder(numbering.Label(paragraph));
        foreach (var e in paragraph.Descendants())
        {
            switch (e)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar or PositionalTab: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append('\n'); break;
            }
        }
        return text.ToString();
    }
}
