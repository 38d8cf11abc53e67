using TaskBot.Cli;
using TaskBot.Domain.Plans;
using TaskBot.Import;

namespace TaskBot.Tests.Documents;

/// <summary>The plans a document should come out as, written in the text layouts the parsers have always read.</summary>
public static class PlanText
{
    /// <summary>The seed table layout: a title, then each cell on its own tab-indented line, rows apart.</summary>
    public static string Table(string title, params string[][] rows) =>
        title + "\n" + string.Concat(rows.Select(r => "\n" + string.Concat(r.Select(c => "\t" + c + "\n"))));

    public static PlanDraft Parse(string text) => PlanParser.Parse(text, "expected");

    /// <summary>The plan as `parse` prints it, less where it came from.</summary>
    public static string Json(PlanDraft plan) => PlanJson.Serialize(plan with { Source = "" });
}
