using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 柳天云的任务 / tasks of 柳天云 (the office, leaders): the tasks the leader leads, each with its light. A leader
/// asking about themselves gets 我分管的任务; a unit's name said this way is that unit's tasks.
/// </summary>
public sealed class LeaderTasksDialog(TaskSupervision supervision, Lookups lookups) : Dialog, IRoutedDialog
{
    public override string Id => "leaderTasks";
    public string Trigger => "leaderTasks.start";

    // Two or three characters before 的任务 could be the answer to a question; only a whole message starts it.
    public string? Command => null;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (await supervision.ProgressAsync(cancellationToken) is not { } progress)
            return await dc.SayAndEndAsync("units.noPlan", cancellationToken);
        var name = options?["leader"]?.GetValue<string>() ?? "";
        var viewer = dc.Viewer!;
        var leader = Lookups.FindLeader(progress, name);
        if (leader is null && (await lookups.FindUnitAsync(progress, name, cancellationToken)).Unit is not null)
            return await HandOverAsync(dc, "unitTasks", new JsonObject { ["unit"] = name }, cancellationToken);
        if (leader is not null && viewer.Leader?.Name == leader.Name) return await HandOverAsync(dc, "myTasks", null, cancellationToken);
        if (!Lookups.MayAskAboutLeaders(viewer)) return await dc.SayAndEndAsync("leaderTasks.notForUnits", cancellationToken);
        if (leader is null) return await UnknownAsync(dc, progress, name, cancellationToken);
        var tasks = lookups.LeaderTasks(progress, leader);
        var t = dc.Text;
        var text = t.Say("leaderTasks.header", [("leader", Markdown.Literal(leader.Name)), ("count", tasks.Count),
            ("today", TaskText.Date(t, supervision.Today)), .. TaskText.Counts(tasks)]);
        text += "\n\n" + TaskText.LinesByChapter(t, tasks, a => a.Task, a => t.Say("leaderTasks.line", ("light", TaskText.Light(t, a)),
            ("number", a.Task.Number), ("title", TaskText.Title(a.Task)), ("standing", TaskText.Standing(t, a))), moreKey: "units.more");
        return await dc.SendAndEndAsync(Activity.CreateMessage(text), cancellationToken);
    }

    private static async Task<DialogTurnResult> HandOverAsync(DialogContext dc, string dialog, JsonObject? options,
        CancellationToken cancellationToken)
    {
        await dc.EndDialogAsync(null, cancellationToken);
        return await dc.BeginDialogAsync(dialog, options, cancellationToken);
    }

    private static Task<DialogTurnResult> UnknownAsync(DialogContext dc, TaskProgress progress, string name, CancellationToken cancellationToken)
    {
        var t = dc.Text;
        var leaders = Lookups.Leaders(progress).Select(l => l.Name).ToList();
        var message = Activity.CreateMessage(t.Say("leaderTasks.unknown", ("name", Markdown.Literal(name)), ("leaders", TaskText.List(t, leaders))));
        return dc.SendAndEndAsync(message, cancellationToken);
    }
}
