using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace TaskBot.Documents.Word;

/// <summary>
/// Writes a plain 公文-style .docx top to bottom: a title, headings, body paragraphs with a first-line indent,
/// tables and pictures. People's text goes in as text runs, so nothing in it becomes a field or a formula.
/// </summary>
public sealed class WordWriter(string titleFont, string bodyFont)
{
    // Built when the package exists: a picture needs its part before it can be placed.
    private readonly List<Func<MainDocumentPart, OpenXmlElement>> _body = [];

    public WordWriter Title(string text, int halfPoints = 44) => Add(Centered(Run(text, titleFont, halfPoints)));

    public WordWriter Centered(string text, int halfPoints = 32) => Add(Centered(Run(text, bodyFont, halfPoints)));

    public WordWriter Right(string text) =>
        Add(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }), Run(text, bodyFont, 32)));

    /// <summary>A heading in the body's size, bold: 一、总体情况.</summary>
    public WordWriter Heading(string text) => Add(new Paragraph(Indent(), Run(text, "黑体", 32, bold: true)));

    /// <summary>A second-level heading, as 公文 set it in 楷体: （一）坚定不移抓项目扩投资.</summary>
    public WordWriter SubHeading(string text) => Add(new Paragraph(Indent(), Run(text, "楷体_GB2312", 32, bold: true)));

    public WordWriter Paragraph(string text) => Add(new Paragraph(Indent(), Run(text, bodyFont, 32)));

    public WordWriter Footnoted(string text, string source) =>
        Add(new Paragraph(Indent(), Run(text, bodyFont, 32), Run($"（{source}）", bodyFont, 24)));

    public WordWriter Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(headers.Select(h => Cell(h, bold: true)));
        table.Append(header);
        foreach (var row in rows) table.Append(new TableRow(row.Select(c => Cell(c, bold: false))));
        _body.Add(_ => table);
        return Add(new Paragraph());
    }

    /// <summary>A PNG picture, <paramref name="widthCm"/> wide, its height kept in proportion.</summary>
    public WordWriter Picture(byte[] png, int pixelWidth, int pixelHeight, string name, double widthCm = 15)
    {
        const long EmuPerCm = 360000;
        var width = (long)(widthCm * EmuPerCm);
        var id = (uint)_body.Count + 1;
        _body.Add(main =>
        {
            var part = main.AddImagePart(ImagePartType.Png);
            using (var data = new MemoryStream(png)) part.FeedData(data);
            return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new Run(WordPicture.Inline(main.GetIdOfPart(part), id, name, width, width * pixelHeight / pixelWidth)));
        });
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var element in _body) body.Append(element(main));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992 }));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private WordWriter Add(OpenXmlElement element)
    {
        _body.Add(_ => element);
        return this;
    }

    private static Paragraph Centered(Run run) => new(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), run);

    private static ParagraphProperties Indent() =>
        new(new Indentation { FirstLineChars = 200 }, new SpacingBetweenLines { Line = "560", LineRule = LineSpacingRuleValues.Exact });

    private TableCell Cell(string text, bool bold)
    {
        var cell = new TableCell();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n')) cell.Append(new Paragraph(Run(line, bodyFont, 21, bold)));
        return cell;
    }

    private static Run Run(string text, string font, int halfPoints, bool bold = false)
    {
        var properties = new RunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font });
        if (bold) properties.Append(new Bold());
        properties.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new Run(properties, new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    // XML cannot hold most control characters; a report pasted from elsewhere may.
    private static string XmlSafe(string text) => new([.. text.Where(c => c is '\t' || !char.IsControl(c))]);
}
