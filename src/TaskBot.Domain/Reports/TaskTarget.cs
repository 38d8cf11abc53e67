using System.Globalization;
using System.Text.RegularExpressions;

namespace TaskBot.Domain.Reports;

/// <summary>
/// The numeric target a task's text sets ("8.2万亩高标准农田", "新增城镇就业1000人以上"), so that a report can give
/// the current value ("5.1万亩") and the completion follows from it.
/// </summary>
public sealed partial record TaskTarget(decimal Amount, string Unit)
{
    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<u>(?:万|亿)?(?:亩|公里|千米|人次|人|户|家|个|处|所|座|台套|台|套|吨|千瓦|兆瓦|万千瓦|辆|元|平方米|立方米|项))")]
    private static partial Regex Quantity();

    public static TaskTarget? Find(string taskText) =>
        Quantity().Match(taskText) is { Success: true } m ? new(decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["u"].Value) : null;

    /// <summary>Reads "5.1万亩" or "5.1" (in the target's unit); null when the text is not a value in that unit.</summary>
    public decimal? ReadValue(string text)
    {
        var t = text.Trim();
        if (t.EndsWith(Unit, StringComparison.Ordinal)) t = t[..^Unit.Length].Trim();
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v >= 0 ? v : null;
    }

    public decimal PercentOf(decimal value) => Amount == 0 ? 0 : Math.Round(value / Amount * 100, 1);

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)}{Unit}";
}
