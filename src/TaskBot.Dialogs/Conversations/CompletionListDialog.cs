using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Loop;
using TaskBot.Domain.People;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>待销号 (the office): the completions units claimed that wait for 销号 or 退回, oldest first, with their age.</summary>
public sealed class CompletionListDialog(CompletionDesk desk) : Dialog, IRoutedDialog
{
    public override string Id => "completionList";
    public string Trigger => "completion.list";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office) return await dc.SayAndEndAsync("office.only", cancellationToken);
        var pending = await desk.PendingAsync(cancellationToken);
        if (pending.Count == 0) return await dc.SayAndEndAsync("completion.noPending", cancellationToken);
        var t = dc.Text;
        var lines = TaskText.Lines(t, pending, p => t.Say("completion.pendingLine", ("number", p.Review.TaskNumber),
            ("title", TaskText.Title(p.Task)), ("unit", Markdown.Literal(p.UnitName)), ("days", p.DaysWaiting)));
        var text = t.Say("completion.pendingHeader", ("count", pending.Count)) + "\n\n" + lines;
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text), cancellationToken);
    }
}
