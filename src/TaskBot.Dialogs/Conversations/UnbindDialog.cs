using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>解绑 / unbind: the chat user is no longer anyone's reporter.</summary>
public sealed class UnbindDialog(IPeopleStore people) : Dialog, IRoutedDialog
{
    public override string Id => "unbind";
    public string Trigger => "unbind.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var a = dc.Turn.Activity;
        await people.UnbindAsync(a.ChannelId!, a.From!.Id!, cancellationToken);
        return await dc.SayAndEndAsync("unbind.done", cancellationToken);
    }
}
