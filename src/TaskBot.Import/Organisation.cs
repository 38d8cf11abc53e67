using System.Text.RegularExpressions;

namespace TaskBot.Import;

/// <summary>The 旗 or 县 a document is from: the government that issues it (鄂托克旗人民政府办公室关于…).</summary>
public static partial class Organisation
{
    [GeneratedRegex(@"(?<org>[\u4e00-\u9fff]{1,7}?[旗县])(人民政府|政府|20\d{2}年)")]
    private static partial Regex Issuer();

    /// <summary>The first 旗 or 县 named as the issuer in the lines before the tasks; empty when none is.</summary>
    public static string Find(IEnumerable<string> lines) =>
        lines.Select(l => Issuer().Match(l)).FirstOrDefault(m => m.Success)?.Groups["org"].Value ?? "";
}
