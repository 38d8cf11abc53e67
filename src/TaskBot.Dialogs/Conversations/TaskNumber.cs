using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// A task number as someone said it ("#11", "第三项"), with the list it named when it named one ("批示3"); digits
/// too many for any task read as a task that does not exist.
/// </summary>
public sealed record TaskNumber(string Said, int? Value, string? List = null)
{
    /// <summary>The "number" (and "list") a phrase captured; null when it captured no number.</summary>
    public static TaskNumber? From(JsonNode? options) =>
        options?["number"]?.GetValue<string>() is { } said
            ? new(said, int.TryParse(said, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : ChineseNumber.TryParse(said, out var chinese) ? chinese : null,
                options["list"]?.GetValue<string>() is { Length: > 0 } list ? list.Trim() : null)
            : null;

    public TaskItem? In(Plan? plan) => Value is { } n ? plan?.Task(n) : null;

    /// <summary>
    /// The task meant among the open lists: the named list's, else the only one so numbered, else the year's plan's
    /// (for those who do not ask back: see <see cref="Candidates"/>).
    /// </summary>
    public TaskItem? In(TaskProgress? progress, LocaleText text, Func<TaskItem, bool>? visible = null) =>
        Candidates(progress, text, visible) is [var one] ? one : List is null ? In(progress?.Plan) : null;

    /// <summary>
    /// The open lists' tasks this number may mean (among those <paramref name="visible"/> to the asker): more than one
    /// when two lists have it and none was named.
    /// </summary>
    public IReadOnlyList<TaskItem> Candidates(TaskProgress? progress, LocaleText text, Func<TaskItem, bool>? visible = null)
    {
        if (Value is not { } n || progress is null) return [];
        var numbered = progress.Numbered(n).Where(visible ?? (_ => true)).ToList();
        return List is not { } said ? numbered
            : [.. numbered.Where(t => IsNamed(text, progress.PlanOf(t), said))];
    }

    /// <summary>Whether a list name said in chat names this list: 批示 for 领导批示, 年度计划 or 计划 for the year's plan.</summary>
    public static bool IsNamed(LocaleText text, Plan list, string said) =>
        list.Label is null ? text.Hears("lists.plan", said) : SupervisionList.Matches(list, said);

    /// <summary>
    /// Which list? A button per list, each repeating the command (<paramref name="buttonKey"/>) with the list named and
    /// with what followed the number (<paramref name="rest"/>: a reason, units, fields) kept in what it sends.
    /// </summary>
    public static Task<DialogTurnResult> AskWhichAsync(DialogContext dc, TaskProgress progress, IReadOnlyList<TaskItem> candidates,
        string buttonKey, CancellationToken cancellationToken, string? rest = null)
    {
        var number = candidates[0].Number;
        var lines =
            candidates.Select(t => dc.Text.Say("lists.whichLine", ("list", ListName(dc.Text, progress.PlanOf(t))), ("title", TaskText.Title(t))));
        var ask =
            Activity.CreateMessage(dc.Text.Say("lists.which", ("number", number), ("count", candidates.Count)) + "\n\n" + string.Join("\n", lines));
        ask.SuggestedActions = new SuggestedActions
        {
            Actions = [.. candidates.Select(t => dc.Text.Say(buttonKey, ("number", $"{ListName(dc.Text, progress.PlanOf(t))}{number}")))
                .Select(command => CardAction.ImBack(command, rest is { Length: > 0 } ? $"{command} {rest}" : command))],
        };
        return dc.SendAndEndAsync(ask, cancellationToken);
    }

    private static string ListName(LocaleText text, Plan list) => list.Label ?? text.Say("lists.planName");
}
