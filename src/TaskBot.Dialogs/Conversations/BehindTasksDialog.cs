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
        IReadOnlyList<Domain.Plans.TaskItem> tasks = [.. lists.SelectMany(l => l.Tasks).Where(dc.Viewer!.Sees)];
        var behind = lists.Count == 0 ? [] : await supervision.BehindAsync(lists, tasks, cancellationToken);
        if (behind.Count == 0)
            return await dc.SayAndEndAsync(tasks.Count == 0 ? "myTasks.none" : "behind.none", cancellationToken, ("count", tasks.Count));
        var text = dc.Text.Say("behind.header", ("behind", behind.Count), ("count", tasks.Count),
            ("red", behind.Count(a => a.Light == Domain.Behind.Light.Red)), ("today", TaskText.Date(dc.Text, supervision.Today)));
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text + "\n\n" + TaskText.BehindLines(dc.Text, behind)), cancellationToken);
    }
}
