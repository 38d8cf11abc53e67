using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Text;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>绑定 CODE / bind CODE: a chat user becomes a unit's reporter, a leader, or the office.</summary>
public sealed class BindDialog(IPeopleStore people, IPlanReader plans, TimeProvider time) : Dialog, IRoutedDialog
{
    public override string Id => "bind";
    public string Trigger => "bind.start";
    public bool ForMembersOnly => false;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var code = options?["code"]?.GetValue<string>()?.Trim().ToUpperInvariant();
        var a = dc.Turn.Activity;
        var invitation = string.IsNullOrEmpty(code) ? null : await people.FindInvitationAsync(code, cancellationToken);
        var member = invitation?.Redeem(a.ChannelId!, a.From!.Id!, a.From.Name, time.GetUtcNow());
        if (member is null)
            return await dc.SayAndEndAsync(string.IsNullOrEmpty(code) ? "bind.howTo" : "bind.invalid", cancellationToken);
        await people.BindAsync(invitation!, member, cancellationToken);
        return await dc.SayAndEndAsync($"bind.bound{member.Role}", cancellationToken, ("name", Markdown.Literal(await TargetNameAsync(member, cancellationToken))));
    }

    private async Task<string> TargetNameAsync(Member member, CancellationToken cancellationToken) => member.Role switch
    {
        MemberRole.UnitReporter => (await plans.UnitAsync(member.UnitId!.Value, cancellationToken))?.Name ?? "",
        MemberRole.Leader => (await plans.LeaderAsync(member.LeaderId!.Value, cancellationToken))?.Name ?? "",
        _ => "",
    };
}
