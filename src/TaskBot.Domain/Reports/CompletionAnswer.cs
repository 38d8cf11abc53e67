using System.Globalization;
using System.Text.RegularExpressions;

namespace TaskBot.Domain.Reports;

/// <summary>Why an answer to "完成了多少？" was not taken.</summary>
public enum CompletionProblem
{
    None,
    NotANumber,
    OutOfRange,
    /// <summary>The task has targets and the answer is neither a percentage nor a value in their units.</summary>
    NotAValue,
    /// <summary>A value above the target: a percentage meant, or really more than the target? Asked, not taken.</summary>
    AboveTarget,
    /// <summary>With several targets, a bare number or a unit two targets share: which target, or a percentage? Asked.</summary>
    WhichTarget,
    /// <summary>A task without targets answered with a rate its indicator moved (累计下降5%), not how far the work is.</summary>
    Rate,
}

/// <summary>
/// An answer to "完成了多少？": a percentage (60, 60%, ６０％, 六十, 百分之六十, 六成, 约67%) or the current value of
/// one of the task's targets (5.1万亩, 51000亩, 28万, 6000万元 of 1亿元). With several targets, a value names its
/// unit and a bare number is a percentage.
/// </summary>
public sealed partial record CompletionAnswer(decimal? Percent, string? Value, CompletionProblem Problem = CompletionProblem.None,
    TaskTarget? Target = null, decimal? Amount = null)
{
    // A percentage after these words is a rate the work reached (增长7.8%, 机械化率83%), not how far the work is done.
    [GeneratedRegex(@"(?:增长|增速|同比|环比|下降|降低|提高|提升|比重|占比|(?<!完成)率|"
        + @"\b(?:grew|growth|increased|rose|fell|dropped|declined|decreased|down)\b(?:\s+(?:by|of|to))?)[^，。；,;\d]{0,4}$")]
    private static partial Regex RateBefore();

    /// <summary>Whether a percentage of the text (as <see cref="Amounts.Ascii"/> gives it) is a rate its indicator moved.</summary>
    public static bool IsRate(string text, Match percent) => RateBefore().IsMatch(text[..percent.Index]);

    /// <param name="confirmedAbove">A value above the target that the reporter has given again: taken as 100%.</param>
    public static CompletionAnswer Read(string text, IReadOnlyList<TaskTarget> targets, decimal? confirmedAbove = null)
    {
        var t = Amounts.Ascii(text).Trim();
        if (Amounts.PercentMatch(t) is { Success: true } rate && IsRate(t, rate))
            return new(null, null, targets.Count > 0 ? CompletionProblem.NotAValue : CompletionProblem.Rate);
        if (Amounts.FindPercent(t) is { } percent) return InRange(percent);
        var (target, value, which) = ValueOf(t, targets);
        if (which) return new(null, null, CompletionProblem.WhichTarget);
        if (target is not null && value is { } v)
        {
            if (v > target.Amount && v != confirmedAbove) return new(null, null, CompletionProblem.AboveTarget, target, v);
            var said = t.EndsWith(target.BaseUnit, StringComparison.Ordinal) ? t : Number(v) + target.Unit;
            return new(Math.Min(target.PercentOf(v), 100), said);
        }
        if (Amounts.Read(t) is { } n && targets.Count == 0) return InRange(n);
        if (Amounts.Read(t) is not null && targets.Count > 1) return new(null, null, CompletionProblem.WhichTarget);
        return new(null, null, targets.Count > 0 ? CompletionProblem.NotAValue : CompletionProblem.NotANumber);
    }

    /// <summary>A percentage or a value of a target said inside a sentence ("预计完成35%", "已完成土地平整5.1万亩").</summary>
    public static CompletionAnswer? Find(string sentence, IReadOnlyList<TaskTarget> targets)
    {
        if (PercentDone(sentence) is { } percent) return new(percent, null);
        foreach (var target in targets)
            if (target.FindValue(Amounts.Ascii(sentence)) is { } found && found.Value <= target.Amount)
                return new(target.PercentOf(found.Value), found.Said);
        return null;
    }

    public bool Accepted => Problem == CompletionProblem.None;

    // The first percentage of the sentence that says how far the work is, not a rate it reached.
    private static decimal? PercentDone(string sentence)
    {
        var text = Amounts.Ascii(sentence);
        for (var m = Amounts.PercentMatch(text); m.Success; m = m.NextMatch())
            if (!IsRate(text, m) && Amounts.FindPercent(m.Value) is { } p and >= 0 and <= 100) return p;
        return null;
    }

    /// <returns>The target a value is of and the value in its unit; or <c>Which</c> when two targets take it.</returns>
    private static (TaskTarget?, decimal?, bool Which) ValueOf(string text, IReadOnlyList<TaskTarget> targets)
    {
        var readings = targets.Select(t => (Target: t, Value: t.ReadValue(text))).Where(r => r.Value is not null).ToList();
        var named = readings.Where(r => text.EndsWith(r.Target.BaseUnit, StringComparison.Ordinal)).ToList();
        if (named.Count == 1) return (named[0].Target, named[0].Value, false);
        if (named.Count > 1) return (null, null, true);
        return targets.Count == 1 && readings.Count == 1 ? (readings[0].Target, readings[0].Value, false) : (null, null, false);
    }

    private static CompletionAnswer InRange(decimal percent) =>
        percent is >= 0 and <= 100 ? new(percent, null) : new(null, null, CompletionProblem.OutOfRange);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
