using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TaskBot.Tests.Documents;

/// <summary>Builds .docx files the way Word writes them: styles, automatic list numbering, tables with merged cells.</summary>
public sealed class WordFile
{
    public const int ChineseList = 1;
    private readonly List<OpenXmlElement> _body = [];

    /// <param name="level">The list level: 0 numbers 一、, 1 numbers 1. under it (starting again under each 一、).</param>
    public WordFile Paragraph(string text, string? style = null, int? list = null, int level = 0)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (list is not null) properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = list }));
        var p = new Paragraph(properties);
        p.Append(Runs(text));
        _body.Add(p);
        return this;
    }

    /// <summary>A table; a cell "^" continues the cell above (vMerge), "&lt;" the cell to its left (gridSpan).</summary>
    public WordFile Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new TableRow();
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] == "<") continue;
                var span = rows[r].Skip(c + 1).TakeWhile(x => x == "<").Count() + 1;
                var properties = new TableCellProperties();
                if (span > 1) properties.Append(new GridSpan { Val = span });
                if (rows[r][c] == "^") properties.Append(new VerticalMerge());
                else if (r + 1 < rows.Length && c < rows[r + 1].Length && rows[r + 1][c] == "^")
                    properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
                var text = rows[r][c] == "^" ? "" : rows[r][c];
                row.Append(new TableCell(properties, new Paragraph(Runs(text))));
            }
            table.Append(row);
        }
        _body.Add(table);
        _body.Add(new Paragraph());
        return this;
    }

    public string Save(string name)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-docx-").FullName, name);
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(_body));
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
            new Style(new StyleName { Val = "任务标题" }, new StyleParagraphProperties(
                new NumberingProperties(new NumberingId { Val = ChineseList })))
            { Type = StyleValues.Paragraph, StyleId = "TaskHeading" });
        return path;
    }

    // Line breaks inside a cell or paragraph are w:br, as Shift+Enter writes them.
    private static IEnumerable<Run> Runs(string text) =>
        [new Run(text.Split('\n').SelectMany((line, i) => i == 0
            ? new OpenXmlElement[] { new Text(line) { Space = SpaceProcessingModeValues.Preserve } }
            : [new Break(), new Text(line) { Space = SpaceProcessingModeValues.Preserve }]))];

    // 一、二、… for the tasks, and a decimal list (1. 2.) under it.
    private static Numbering Numbering() => new(
        new AbstractNum(
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
                new LevelText { Val = "%1、" }) { LevelIndex = 0 },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%2." }) { LevelIndex = 1 }) { AbstractNumberId = 10 },
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = ChineseList });
}
