using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 绑定其他渠道 / link another channel: a bound member gets a one-time code to bind another chat app (企业微信, 钉钉…)
/// as the same person, with the same role; reminders then reach them once, on one of the channels.
/// </summary>
public sealed class ChannelLinkDialog(IPeopleStore people, IOptions<SupervisionOptions> options, TimeProvider time) : Dialog, IRoutedDialog
{
    public override string Id => "channelLink";
    public string Trigger => "channels.link";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? _, CancellationToken cancellationToken)
    {
        var invitation = Invitation.ForAnotherChannel(dc.Viewer!.Member, time.GetUtcNow() + options.Value.InvitationLifetime);
        await people.AddInvitationAsync(invitation, cancellationToken);
        return await dc.SayAndEndAsync("channels.linkCode", cancellationToken, ("code", invitation.Code),
            ("days", (int)options.Value.InvitationLifetime.TotalDays));
    }
}
