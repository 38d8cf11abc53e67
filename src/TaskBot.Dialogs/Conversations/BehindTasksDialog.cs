using TaskBot.Words;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 哪些任务滞后 / which tasks are behind, in every open list: the leader's, the unit's or (for the office) all, worst
/// first, with reasons.
/// </summary>
public sealed class BehindTasksDialog(TaskSupervision supervision) : Dialog, IRoutedDialog
{
    public override string Id => "behind";
    public string Trigger => "behind.start";
    public string? Command => "behind.command";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var lists = await supervision.ListsAsync(cancellationToken);
        var unit = dc.Viewer!.MayReport ? dc.Viewer.Unit : null;
        // A unit's own: those it leads or is named in, not the forty a collective (旗直各部门) names it in and it owes nothing.
        IReadOnlyList<Domain.Plans.TaskItem> tasks = [.. supervision.Seen(lists, dc.Viewer)
            .Where(t => unit is null || t.AnsweringUnits.Any(u => u.Includes(unit)) || t.Units.Any(u => u.Unit.Id == unit.Id))];
        if (tasks.Count == 0) return await dc.SayAndEndAsync("myTasks.none", cancellationToken);
        var (behind, awaitingReview) = await supervision.BehindAsync(lists, tasks, cancellationToken);
        var t = dc.Text;
        var text = behind.Count == 0 ? t.Say("behind.none", ("count", tasks.Count))
            : t.Say("behind.header", ("behind", behind.Count), ("count", tasks.Count),
                ("red", TaskText.RedAmong(t, behind)), ("today", TaskText.Date(t, supervision.Today)))
                + "\n\n" + TaskText.BehindLines(t, behind);
        // A 待核 task is not behind, but the reader should not take it for done.
        text += TaskText.AwaitingReviewLine(t, awaitingReview);
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text), cancellationToken);
    }
}
