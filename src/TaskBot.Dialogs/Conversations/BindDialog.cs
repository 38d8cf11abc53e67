using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;
using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 绑定 CODE / bind CODE: a chat user becomes a unit's reporter, a leader, or the office. Too many wrong codes from
/// one chat user or one client address lock that source out for a while, and the office is told.
/// </summary>
public sealed class BindDialog(IPeopleStore people, IPlanReader plans, BindingGuard guard, IOfficeNotices office, TimeProvider time,
    LocalClock clock, AssessmentProjection? projection = null)
    : Dialog, IRoutedDialog
{
    public override string Id => "bind";
    public string Trigger => "bind.start";
    public bool ForMembersOnly => false;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var code = options?["code"]?.GetValue<string>()?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code)) return await dc.SayAndEndAsync("bind.howTo", cancellationToken);
        var sources = Sources(dc);
        if (await guard.IsLockedOutAsync(sources, cancellationToken)) return await dc.SayAndEndAsync("bind.lockedOut", cancellationToken);
        var a = dc.Turn.Activity;
        var invitation = await people.FindInvitationAsync(code, cancellationToken);
        var member = invitation?.Redeem(a.ChannelId!, a.From!.Id!, SignedName(dc, invitation.Role), time.GetUtcNow());
        if (member is null) return await RefuseAsync(dc, sources, cancellationToken);
        await people.BindAsync(invitation!, member, cancellationToken);
        if (member.UnitId is { } unit && await people.NoteUnitGoLiveAsync(unit, clock.Today, cancellationToken) && projection is not null)
            await projection.UnitsWentLiveAsync(cancellationToken);
        return await dc.SayAndEndAsync($"bind.bound{member.Role}", cancellationToken,
            ("name", Markdown.Literal(await TargetNameAsync(member, cancellationToken))));
    }

    // What the person's answers are signed with (销号, 延期 decisions, the 台账): a unit's or leader's member without a name
    // signs as the unit or leader; the office, which has neither, as the office rather than as a chat id (dl_3df6…).
    private static string? SignedName(DialogContext dc, MemberRole role)
    {
        var from = dc.Turn.Activity.From!;
        if (from.Name is { Length: > 0 } name && name != from.Id) return name;
        return role == MemberRole.Office ? dc.Text.Say("bind.officeSigns") : null;
    }

    private async Task<DialogTurnResult> RefuseAsync(DialogContext dc, IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        if ((await guard.FailAsync(sources, cancellationToken)).Count == 0) return await dc.SayAndEndAsync("bind.invalid", cancellationToken);
        var a = dc.Turn.Activity;
        var who = $"{a.From!.Name} ({string.Join(", ", sources)})";
        var occasion = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await office.TellAsync(ReminderKind.BindingLockedOut, occasion, "binding", who, cancellationToken);
        return await dc.SayAndEndAsync("bind.lockedOut", cancellationToken);
    }

    /// <summary>Who is guessing: the chat user, and the client's address where the channel knows it.</summary>
    private static IReadOnlyList<string> Sources(DialogContext dc)
    {
        var a = dc.Turn.Activity;
        var user = Short($"user:{a.ChannelId}:{a.From!.Id}");
        return dc.Turn.Caller.ClientAddress is { Length: > 0 } address ? [user, Short("address:" + address)] : [user];
    }

    // A very long user id still counts (the column holds 600 characters).
    private static string Short(string source) =>
        source.Length <= 200 ? source : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));

    private async Task<string> TargetNameAsync(Member member, CancellationToken cancellationToken) => member.Role switch
    {
        MemberRole.UnitReporter => (await plans.UnitAsync(member.UnitId!.Value, cancellationToken))?.Name ?? "",
        MemberRole.Leader => (await plans.LeaderAsync(member.LeaderId!.Value, cancellationToken))?.Name ?? "",
        _ => "",
    };
}
