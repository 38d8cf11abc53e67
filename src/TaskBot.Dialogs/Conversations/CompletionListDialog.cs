using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Loop;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>待销号 (the office): the completions units claimed that wait for 销号 or 退回, oldest first, with their age.</summary>
public sealed class CompletionListDialog(CompletionDesk desk, TaskSupervision supervision, IPlanReader plans) : Dialog, IRoutedDialog
{
    public override string Id => "completionList";
    public string Trigger => "completion.list";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office) return await dc.SayAndEndAsync("office.only", cancellationToken);
        var tasks = (await supervision.ProgressAsync(cancellationToken))?.Tasks.ToDictionary(t => t.Id) ?? [];
        var pending = (await desk.PendingAsync(cancellationToken)).Where(r => tasks.ContainsKey(r.TaskItemId)).ToList();
        if (pending.Count == 0) return await dc.SayAndEndAsync("completion.noPending", cancellationToken);
        var units = new Dictionary<int, string?>();
        foreach (var id in pending.Select(r => r.UnitId).Distinct())
            units[id] = (await plans.UnitAsync(id, cancellationToken))?.Name;
        var t = dc.Text;
        var lines = TaskText.Lines(t, pending, r => t.Say("completion.pendingLine", ("number", r.TaskNumber),
            ("title", TaskText.Title(tasks[r.TaskItemId])), ("unit", Markdown.Literal(units[r.UnitId])), ("days", desk.DaysWaiting(r))));
        var text = t.Say("completion.pendingHeader", ("count", pending.Count)) + "\n\n" + lines;
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text), cancellationToken);
    }
}
