namespace TaskBot.Domain.Units;

/// <summary>
/// The mechanical rules by which two spellings name the same unit: the banner prefix 旗 is optional
/// on a department, 办公室 is written 办, 人民政府 is written 政府. Abbreviations (工科局) are not
/// mechanical and come from the alias file instead.
/// </summary>
public static class UnitName
{
    public const string BannerPrefix = "旗";

    // 旗委, 旗直… are names of their own, not 旗 + a department.
    private static readonly string[] BannerWords = ["旗委", "旗直", "旗人大", "旗政协", "旗纪委", "旗监委"];

    public static string Clean(string name) =>
        string.Concat(name.Where(c => !char.IsWhiteSpace(c) && c != '\u200b'));

    public static string Key(string name)
    {
        var key = Clean(name).Replace("人民政府", "政府");
        if (HasBannerPrefix(key)) key = key[BannerPrefix.Length..];
        if (key.EndsWith("办公室", StringComparison.Ordinal)) key = key[..^3] + "办";
        return key;
    }

    /// <summary>True when the name starts with 旗 used as "the banner's" rather than as part of a word such as 旗委.</summary>
    public static bool HasBannerPrefix(string name) =>
        name.StartsWith(BannerPrefix, StringComparison.Ordinal)
        && name.Length > 2
        && !BannerWords.Any(w => name.StartsWith(w, StringComparison.Ordinal));
}
