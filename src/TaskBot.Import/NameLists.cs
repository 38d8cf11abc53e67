using System.Text.RegularExpressions;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Units;

namespace TaskBot.Import;

/// <summary>Splits the leader and unit cells of a plan into names.</summary>
public static partial class NameLists
{
    [GeneratedRegex("[、，,；;/\n]")]
    private static partial Regex Separators();

    // Names that carry a place of their own never take the banner prefix.
    private static readonly string[] PlacePrefixes = ["市", "盟", "自治区", "内蒙古", "鄂尔多斯", "国家", "省"];

    public static IReadOnlyList<string> Leaders(string cell) =>
        [.. Split(cell).Select(PersonName.Normalize).Where(n => n.Length > 0).Distinct()];

    /// <summary>
    /// Splits a unit list; a leading 旗 distributes over the list ("旗能源局、水利局" = 旗能源局, 旗水利局),
    /// except onto collectives and names that have their own place (市…, a township's own name, a park).
    /// </summary>
    public static IReadOnlyList<string> Units(string cell, IReadOnlySet<string> placeNames)
    {
        var names = Split(cell).Select(UnitName.Clean).Where(n => n.Length > 0).ToList();
        if (names.Count == 0 || !names[0].StartsWith(UnitName.BannerPrefix, StringComparison.Ordinal) || UnitKinds.IsCollective(names[0]))
            return names.Distinct().ToList();
        return names.Select(n => TakesBannerPrefix(n, placeNames) ? UnitName.BannerPrefix + n : n).Distinct().ToList();
    }

    /// <summary>The place names a document's townships give ("棋盘井镇" gives 棋盘井), so that 棋盘井供电分局 keeps its own place.</summary>
    public static IReadOnlySet<string> PlaceNames(IEnumerable<string> unitCells)
    {
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in unitCells.SelectMany(Split).Select(UnitName.Clean))
        {
            if (UnitKinds.Infer(name) != UnitKind.Township) continue;
            var stem = name.EndsWith("苏木") ? name[..^2] : name[..^1];
            if (stem.Length >= 2) places.Add(stem);
        }
        return places;
    }

    private static bool TakesBannerPrefix(string name, IReadOnlySet<string> placeNames) =>
        !name.StartsWith(UnitName.BannerPrefix, StringComparison.Ordinal)
        && !UnitKinds.IsCollective(name)
        && UnitKinds.Infer(name) is not (UnitKind.Township or UnitKind.Park or UnitKind.Company)
        && !PlacePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
        && !placeNames.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    private static IEnumerable<string> Split(string cell) => Separators().Split(cell).Select(s => s.Trim());
}
