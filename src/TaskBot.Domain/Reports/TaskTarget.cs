using System.Globalization;
using System.Text.RegularExpressions;
using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Reports;

/// <summary>
/// A numeric target a task's text sets ("8.2万亩高标准农田", "新增城镇就业1000人以上"), so that a report can give
/// the current value ("5.1万亩", "51000亩") and the completion follows from it. A rate (增长7.5%左右) or an
/// income figure (人均可支配收入) is not a completion target.
/// </summary>
/// <param name="Name">What is counted, as the text says it ("高标准农田"), to tell one target from another; may be empty.</param>
public sealed partial record TaskTarget(decimal Amount, string Unit, string Name = "")
{
    private const string Units = "亩|公里|千米|人次|人|户|家|个|处|所|座|台套|台|套|吨|千瓦|兆瓦|辆|元|平方米|立方米|项|只|头|栋|间|条";

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<u>(?:万|亿)?(?:" + Units + "))")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?:增长|增速|收入|比重|率)[^，。；、]{0,12}$")]
    private static partial Regex NotATarget();

    // What is counted: the words before the figure, less the verbs of planning ("新增绒山羊配种站20个") or the words up to the
    // last one when a name of three or more characters follows it ("高标准打造产业强镇2个", not "城镇新增就业" → 就业), else the
    // words after the figure ("8.2万亩高标准农田建设", "旗财政再拿出500万元专项资金").
    private const string Planning = "年内|全年|力争|确保|累计|新增|新建|建设|建成|发展|推广|实施|完成|签约|引进|培育|打造|改造|补贴|发放|开工|落地|争取|实现|达到";

    [GeneratedRegex("^(?:" + Planning + ")+")]
    private static partial Regex PlanningVerbs();

    [GeneratedRegex("^.*(?:" + Planning + ")")]
    private static partial Regex UpToLastPlanningVerb();

    // A verb that is part of what is counted: 产业发展资金, 城乡建设用地.
    [GeneratedRegex("^(?:资金|项目|工程|用地|规划)")]
    private static partial Regex NounOfTheVerb();

    [GeneratedRegex(@"(?:以上|左右|的|建设|工程|任务|目标|达到|提高到|突破|超过|不少于|不低于|达|共|约)+$")]
    private static partial Regex TrailingWords();

    [GeneratedRegex(@"(?:推进|实施|完成|建设|建成|新增|新建|发展|推广|打造|达到|提高到|突破|超过|实现|力争|确保|拿出|安排|投入|筹措|落实)$")]
    private static partial Regex VerbAtEnd();

    [GeneratedRegex(@"^(?:以上|左右|的|等)+")]
    private static partial Regex LeadingWords();

    private const int MaxName = 8;

    [GeneratedRegex(@"^(?:约|大约|共|累计|已完成|完成)?(?<n>\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+)\s*(?<m>万|亿|千)?\s*(?<u>\S*)$")]
    private static partial Regex Value();

    public static TaskTarget? Find(string taskText) => FindAll(taskText).FirstOrDefault();

    /// <summary>Every completion target in the text, in order (task 40 of seed 002 has six).</summary>
    public static IReadOnlyList<TaskTarget> FindAll(string taskText) =>
        [.. Quantity().Matches(taskText)
            .Where(m => !NotATarget().IsMatch(taskText[..m.Index]))
            .Select(m => new TaskTarget(decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m.Groups["u"].Value, NameAt(taskText, m)))
            .Distinct()];

    /// <summary>"高标准农田6万亩": the target with what it counts, to choose it by; the figure alone when it has no name.</summary>
    public string Label => Name + ToString();

    /// <summary>Whether the words are this target's name (a figure alone is a value, not a choice).</summary>
    public bool IsNamedBy(string said) => Name.Length > 0 && said.Trim() == Name;

    private static string NameAt(string text, Match figure)
    {
        var before = Fragment(text[..figure.Index], fromEnd: true);
        var name = VerbAtEnd().IsMatch(before) ? "" : TrailingWords().Replace(LeadingWords().Replace(WithoutPlanning(before), ""), "");
        if (name.Length == 0)
            name = TrailingWords().Replace(LeadingWords().Replace(Fragment(text[(figure.Index + figure.Length)..], fromEnd: false), ""), "");
        return name.Length > MaxName ? name[^MaxName..] : name;
    }

    private static string WithoutPlanning(string words)
    {
        var upTo = UpToLastPlanningVerb().Match(words);
        var rest = upTo.Success ? words[upTo.Length..] : "";
        return rest.Length >= 3 && !NounOfTheVerb().IsMatch(rest) ? rest : PlanningVerbs().Replace(words, "");
    }

    // The words between the figure and the nearest punctuation on that side.
    private static string Fragment(string text, bool fromEnd)
    {
        const string stops = "，。；、：,;:（）()“”\n";
        if (fromEnd) return text[(text.LastIndexOfAny(stops.ToCharArray()) + 1)..].Trim();
        var end = text.IndexOfAny(stops.ToCharArray());
        return (end < 0 ? text : text[..end]).Trim();
    }

    /// <summary>The unit without its 万/亿: 亩 for 8.2万亩.</summary>
    public string BaseUnit => Scale == 1 ? Unit : Unit[1..];

    private decimal Scale => Unit.Length > 1 ? Magnitude(Unit[0]) : 1;

    /// <summary>
    /// Reads "5.1万亩", "51000亩", "28万" or "5.1" (in the target's unit) as a value in the target's unit; null
    /// when the text is not a value or names another unit.
    /// </summary>
    public decimal? ReadValue(string text)
    {
        if (Value().Match(text.Trim()) is not { Success: true } m || Amounts.Read(m.Groups["n"].Value) is not { } n) return null;
        var unit = m.Groups["u"].Value;
        if (unit.Length > 0 && unit != BaseUnit) return null;
        if (!m.Groups["m"].Success && unit.Length == 0) return n;
        return n * (m.Groups["m"].Success ? Magnitude(m.Groups["m"].Value[0]) : 1) / Scale;
    }

    /// <summary>A value in this target's unit inside a sentence ("已完成高标准农田5.1万亩"), as said and in the target's unit.</summary>
    public (decimal Value, string Said)? FindValue(string sentence)
    {
        var pattern = @"(?<n>\d+(?:\.\d+)?)\s*(?<m>万|亿|千)?" + Regex.Escape(BaseUnit);
        foreach (Match m in Regex.Matches(sentence, pattern))
            if (ReadValue(m.Value) is { } v) return (v, m.Value);
        return null;
    }

    public decimal PercentOf(decimal value) => Amount == 0 ? 0 : Math.Round(value / Amount * 100, 1);

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)}{Unit}";

    private static decimal Magnitude(char c) => c switch { '万' => 10_000m, '亿' => 100_000_000m, '千' => 1_000m, _ => 1m };
}
