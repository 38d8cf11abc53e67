namespace TaskBot.Documents.Charts;

/// <summary>
/// Finds a font with Chinese glyphs on this machine (Debian's fonts-wqy-microhei, fonts-wqy-zenhei or Noto CJK):
/// without one, chart labels in Chinese draw as boxes.
/// </summary>
public static class ChartFont
{
    private static readonly string[] Known =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
        "C:\\Windows\\Fonts\\msyh.ttc",
        "C:\\Windows\\Fonts\\simsun.ttc",
    ];

    /// <summary>The first CJK font file found, or null.</summary>
    public static string? Find(IEnumerable<string>? folders = null)
    {
        if (Known.FirstOrDefault(File.Exists) is { } known) return known;
        foreach (var folder in (folders ?? ["/usr/share/fonts", "/usr/local/share/fonts"]).Where(Directory.Exists))
        {
            var found = Directory.EnumerateFiles(folder, "*.tt?", SearchOption.AllDirectories)
                .FirstOrDefault(f => Path.GetFileName(f) is var n
                    && (n.Contains("wqy", StringComparison.OrdinalIgnoreCase) || n.Contains("CJK", StringComparison.Ordinal)));
            if (found is not null) return found;
        }
        return null;
    }
}
