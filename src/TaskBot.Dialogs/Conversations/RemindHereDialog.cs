using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>提醒发到这里 / remind me here: a person bound on several channels chooses this one for their reminders.</summary>
public sealed class RemindHereDialog(IPeopleStore people, TimeProvider time) : Dialog, IRoutedDialog
{
    public override string Id => "remindHere";
    public string Trigger => "channels.remindHere";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        await people.RemindHereAsync(dc.Viewer!.Member, time.GetUtcNow(), cancellationToken);
        // Reminders are a person's own: said in a group, they come to them alone in the same app.
        var group = dc.Turn.Activity.Conversation?.IsGroup == true;
        return await dc.SayAndEndAsync(group ? "channels.remindingHereAlone" : "channels.remindingHere", cancellationToken);
    }
}
