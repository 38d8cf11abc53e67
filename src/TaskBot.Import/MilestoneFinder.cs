using System.Text.RegularExpressions;
using TaskBot.Domain.Plans;

namespace TaskBot.Import;

/// <summary>Finds the dated steps a task's text promises ("确保3月份全面试生产", "10月底前建成投运").</summary>
public static class MilestoneFinder
{
    private static readonly char[] ClauseBreaks = ['，', '。', '；', '！', '？', ',', ';', '\n'];

    public static IReadOnlyList<Milestone> Find(string text, int planYear)
    {
        var milestones = new List<Milestone>();
        foreach (Match m in MonthExpression.Pattern().Matches(text))
        {
            if (IsEndOfRange(text, m.Index)) continue;
            var milestone = new Milestone(MonthExpression.ToDate(m, planYear), ClauseAround(text, m.Index));
            if (!milestones.Contains(milestone)) milestones.Add(milestone);
        }
        return milestones;
    }

    // "1—11月" reports a period; only a lone month is a step with a date.
    private static bool IsEndOfRange(string text, int index)
    {
        var before = text[..index].TrimEnd();
        return before.Length > 0 && "—–-~～至到".Contains(before[^1]);
    }

    private static string ClauseAround(string text, int index)
    {
        var start = text.LastIndexOfAny(ClauseBreaks, Math.Max(index - 1, 0)) + 1;
        var end = text.IndexOfAny(ClauseBreaks, index);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }
}
