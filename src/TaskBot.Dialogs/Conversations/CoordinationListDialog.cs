using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Loop;
using TaskBot.Domain.People;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 有什么需要我协调的 / what needs me (a leader), 协调事项 (the office all, a unit its own): the open items, oldest first,
/// with their age; a single item comes with its answer buttons.
/// </summary>
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
        var message = BotFramework.Schema.Activity.CreateMessage(t.Say(header, ("count", open.Count)) + "\n\n" + CoordinationText.Lines(t, open));
        // One item to answer: its buttons, so a leader need not learn 协调N 批示 to act on it.
        if (open.Count == 1 && viewer.Member.Role is MemberRole.Leader or MemberRole.Office)
            message.SuggestedActions = new BotFramework.Schema.SuggestedActions
            {
                Actions = [.. CoordinationText.Buttons(t, open[0].Item, toUnit: false)
                    .Select(b => BotFramework.Schema.CardAction.ImBack(b.Title, b.Value))],
            };
        return await dc.SendAndEndAsync(message, cancellationToken);
    }
}
