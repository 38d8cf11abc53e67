using TaskBot.Domain.Loop;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Words;

/// <summary>How coordination requests and their answers read, in the words of dialogs/{locale}/coordination.yaml.</summary>
public static class CoordinationText
{
    /// <summary>The request as its addressee sees it: a leader, the office it was passed to, or the unit it was handed to.</summary>
    public static string Request(LocaleText t, CoordinationItem item, TaskItem task, Unit? asking, bool toUnit) =>
        t.Say(toUnit ? "coordination.assigned" : item.ToOffice ? "coordination.passedToOffice"
            : item.ReportId == CoordinationItem.RaisedAlone ? "coordination.requestAlone" : "coordination.request", Args(t, item, task, asking));

    /// <summary>An answer, as the unit that asked (or the leaders, for a unit's reply) sees it.</summary>
    public static string Answer(LocaleText t, CoordinationItem item, TaskItem task, Unit? asking, string? assignee) =>
        t.Say($"coordination.answer{item.LastAction}", [.. Args(t, item, task, asking), ("assignee", Markdown.Literal(assignee))]);

    /// <summary>One line per item, at most a message's worth, and how many more.</summary>
    public static string Lines(LocaleText t, IReadOnlyList<OpenCoordination> open) => TaskText.Lines(t, open, o => Line(t, o));

    /// <summary>One line of a list: the item, its task, who asked, its age and the last answer.</summary>
    public static string Line(LocaleText t, OpenCoordination open)
    {
        var item = open.Item;
        var last = item.LastAction is { } a
            ? t.Say("coordination.last", ("action", t.Say($"coordination.action{a}")), ("by", Markdown.Literal(item.AnsweredBy)))
            : t.Say("coordination.unanswered");
        return t.Say("coordination.line", ("id", item.Id), ("task", TaskText.Named(t, open.Task)), ("unit", Markdown.Literal(open.UnitName)),
            ("text", Markdown.Literal(item.Text)), ("days", open.AgeDays), ("last", last));
    }

    /// <summary>A button choosing the item: its number and its task, short.</summary>
    public static string Button(LocaleText t, OpenCoordination open) =>
        t.Say("coordination.whichButton", ("id", open.Item.Id), ("task", TaskText.Named(t, open.Task, 10)));

    /// <summary>The answers the addressee can give, as buttons that say "协调3 已阅" and so on.</summary>
    public static IReadOnlyList<(string Title, string Value)> Buttons(LocaleText t, CoordinationItem item, bool toUnit)
    {
        CoordinationAction[] actions = toUnit ? [CoordinationAction.Reply]
            : item.ToOffice ? [CoordinationAction.Read, CoordinationAction.Instruct, CoordinationAction.Assign, CoordinationAction.Close]
            : [CoordinationAction.Read, CoordinationAction.Instruct, CoordinationAction.Assign, CoordinationAction.ToOffice,
                CoordinationAction.Close];
        return [.. actions.Select(a =>
            (t.Say($"coordination.action{a}"), t.Say("coordination.command", ("id", item.Id), ("action", t.Say($"coordination.action{a}")))))];
    }

    private static (string, object?)[] Args(LocaleText t, CoordinationItem item, TaskItem task, Unit? asking) =>
        [("id", item.Id), ("task", TaskText.Named(t, task)), ("unit", Markdown.Literal(asking?.Name)),
            ("text", Markdown.Literal(item.Text)), ("by", Markdown.Literal(item.AnsweredBy)), ("answer", Markdown.Literal(item.Answer)),
            ("raisedBy", Markdown.Literal(item.RaisedBy))];
}
