using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 邀请 旗农牧局 / 邀请 康锐 / 邀请 督查室 / 邀请 未绑定 (the office): one-time binding codes to hand out, as `invite`
/// gives them on the command line — for a unit's reporter, a leader, the office, or at once for every lead unit and
/// leader nobody is bound for yet.
/// </summary>
public sealed class InviteDialog(IPeopleStore people, TaskSupervision supervision, Lookups lookups, IOptions<SupervisionOptions> options,
    LocalClock clock) : Dialog, IRoutedDialog
{
    public override string Id => "invite";
    public string Trigger => "invite.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? said, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office) return await dc.SayAndEndAsync("office.only", cancellationToken);
        // A code said in a group binds whoever in the group sends it first, as that unit, that leader or the office.
        if (dc.Turn.Activity.Conversation?.IsGroup == true) return await dc.SayAndEndAsync("invite.notInGroup", cancellationToken);
        var who = said?["who"]?.GetValue<string>()?.Trim() ?? "";
        var t = dc.Text;
        if (who.Length == 0) return await dc.SayAndEndAsync("invite.ask", cancellationToken);
        if (t.Hears("invite.office", who))
            return await SayCodeAsync(dc, t.Say("invite.office"), MemberRole.Office, null, null, cancellationToken);
        var progress = await supervision.ProgressAsync(cancellationToken);
        if (t.Hears("invite.unbound", who)) return await UnboundAsync(dc, progress, cancellationToken);
        if (progress is not null && Lookups.FindLeader(progress, who) is { } leader)
            return await SayCodeAsync(dc, leader.Name, MemberRole.Leader, null, leader.Id, cancellationToken);
        if (await lookups.FindUnitAsync(progress, who, cancellationToken) is { Unit: null, Candidates.Count: 0 })
            return await dc.SayAndEndAsync("invite.unknown", cancellationToken, ("name", Markdown.Literal(who)));
        if (await UnitAnswer.FindAsync(dc, lookups, progress, who, "invite.askUnit", cancellationToken) is not { } unit)
            return await dc.EndDialogAsync(null, cancellationToken);
        return await SayCodeAsync(dc, unit.Name, MemberRole.UnitReporter, unit.Id, null, cancellationToken);
    }

    private async Task<DialogTurnResult> SayCodeAsync(DialogContext dc, string who, MemberRole role, int? unitId, int? leaderId,
        CancellationToken cancellationToken)
    {
        var code = await IssueAsync(role, unitId, leaderId, cancellationToken);
        return await dc.SayAndEndAsync("invite.code", cancellationToken, ("who", Markdown.Literal(who)), ("code", code), ("until", Until()));
    }

    /// <summary>A code for each lead unit and each leader of the plan that nobody is bound for, in one message.</summary>
    private async Task<DialogTurnResult> UnboundAsync(DialogContext dc, TaskProgress? progress, CancellationToken cancellationToken)
    {
        if (progress is null) return await dc.SayAndEndAsync("units.noPlan", cancellationToken);
        var members = await people.MembersAsync(cancellationToken);
        var units = progress.Tasks.SelectMany(progress.LeadMembers).DistinctBy(u => u.Id)
            .Where(u => !members.Any(m => m.Role == MemberRole.UnitReporter && m.UnitId == u.Id)).OrderBy(u => u.Name, StringComparer.Ordinal);
        var leaders = Lookups.Leaders(progress).Where(l => !members.Any(m => m.Role == MemberRole.Leader && m.LeaderId == l.Id));
        var lines = new List<string>();
        foreach (var unit in units)
            lines.Add(dc.Text.Say("invite.line", ("who", Markdown.Literal(unit.Name)),
                ("code", await IssueAsync(MemberRole.UnitReporter, unit.Id, null, cancellationToken))));
        foreach (var leader in leaders)
            lines.Add(dc.Text.Say("invite.line", ("who", Markdown.Literal(dc.Text.Say("invite.leader", ("name", leader.Name)))),
                ("code", await IssueAsync(MemberRole.Leader, null, leader.Id, cancellationToken))));
        if (lines.Count == 0) return await dc.SayAndEndAsync("invite.noneUnbound", cancellationToken);
        return await dc.SayAndEndAsync("invite.unboundCodes", cancellationToken, ("count", lines.Count), ("until", Until()),
            ("codes", string.Join("\n", lines)));
    }

    private async Task<string> IssueAsync(MemberRole role, int? unitId, int? leaderId, CancellationToken cancellationToken)
    {
        var invitation = new Invitation(Invitation.NewCode(), role, unitId, leaderId, clock.UtcNow + options.Value.InvitationLifetime);
        await people.AddInvitationAsync(invitation, cancellationToken);
        return invitation.Code;
    }

    private string Until() => TaskText.Moment(clock.Local(clock.UtcNow + options.Value.InvitationLifetime));
}
