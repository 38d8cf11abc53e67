using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Loop;
using TaskBot.Domain.People;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>有什么需要我协调的 / what needs me (a leader), 协调事项 (the office all, a unit its own): the open items, oldest first, with their age.</summary>
public sealed class CoordinationListDialog(CoordinationDesk desk) : Dialog, IRoutedDialog
{
    public override string Id => "coordinationList";
    public string Trigger => "coordination.list";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var viewer = dc.Viewer!;
        var open = await desk.OpenForAsync(viewer, cancellationToken);
        if (open.Count == 0) return await dc.SayAndEndAsync("coordination.none", cancellationToken);
        var t = dc.Text;
        var header = viewer.Member.Role switch
        {
            MemberRole.Leader => "coordination.leaderHeader",
            MemberRole.Office => "coordination.officeHeader",
            _ => "coordination.unitHeader",
        };
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(t.Say(header, ("count", open.Count)) + "\n\n" + CoordinationText.Lines(t, open)), cancellationToken);
    }
}
