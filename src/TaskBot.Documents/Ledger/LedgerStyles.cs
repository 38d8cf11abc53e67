using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TaskBot.Documents.Ledger;

/// <summary>The cell formats of <see cref="LedgerStyle"/>, in its order: thin borders, wrapped text, top-aligned.</summary>
internal static class LedgerStyles
{
    public const string Red = "FFFF0000";
    public const string Yellow = "FFFFC000";
    public const string Green = "FF00B050";

    public static Stylesheet Create() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(new FontSize { Val = 10 }), new Font(new Bold(), new FontSize { Val = 10 })) { Count = 2 },
        new Fills(Fill(null), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Fill("FFD9D9D9"), Fill(Red), Fill(Yellow), Fill(Green)) { Count = 6 },
        new Borders(new Border(),
            new Border(Side<LeftBorder>(), Side<RightBorder>(), Side<TopBorder>(), Side<BottomBorder>(), new DiagonalBorder())) { Count = 2 },
        new CellFormats(
            Format(0, 0, 0),     // Plain
            Format(1, 2, 0),     // Header
            Format(0, 0, 0),     // Text
            Format(0, 0, 164),   // Date
            Format(0, 0, 0),     // Number
            Format(1, 3, 0),     // Red
            Format(1, 4, 0),     // Yellow
            Format(1, 5, 0)) { Count = 8 });

    private static Fill Fill(string? rgb) => rgb is null
        ? new Fill(new PatternFill { PatternType = PatternValues.None })
        : new Fill(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Side<T>() where T : BorderPropertiesType, new() => new() { Style = BorderStyleValues.Thin };

    private static CellFormat Format(uint font, uint fill, uint numberFormat) => new(
        new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
    {
        FontId = font, FillId = fill, BorderId = 1, NumberFormatId = numberFormat,
        ApplyFont = font > 0, ApplyFill = fill > 0, ApplyNumberFormat = numberFormat > 0, ApplyBorder = true, ApplyAlignment = true,
    };
}
