using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 人员 [单位] / people [unit] (the office): who is bound for each unit, each leader and the office, on which channels,
/// and when each last wrote; the lead units nobody is bound for. For one unit, a button per person revokes them.
/// </summary>
public sealed class PeopleDialog(IPeopleStore people, IPlanReader plans, TaskSupervision supervision, Lookups lookups, LocalClock clock)
    : Dialog, IRoutedDialog
{
    // Someone silent this long is named as such, so the office can remove an old binding.
    private static readonly TimeSpan Stale = TimeSpan.FromDays(30);

    public override string Id => "people";
    public string Trigger => "people.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office) return await dc.SayAndEndAsync("office.only", cancellationToken);
        var progress = await supervision.ProgressAsync(cancellationToken);
        var everyone = BoundPerson.Of(await people.MembersAsync(cancellationToken));
        var names = await PersonText.LoadAsync(plans, everyone, cancellationToken);
        var t = dc.Text;
        if (options?["unit"]?.GetValue<string>() is { Length: > 0 } said)
        {
            if (await UnitAnswer.FindAsync(dc, lookups, progress, said, "people.ask", cancellationToken) is not { } unit)
                return await dc.EndDialogAsync(null, cancellationToken);
            var theirs = everyone.Where(p => p.Role == MemberRole.UnitReporter && p.UnitId == unit.Id).ToList();
            if (theirs.Count == 0) return await dc.SayAndEndAsync("people.noneInUnit", cancellationToken, ("unit", Markdown.Literal(unit.Name)));
            var message = Activity.CreateMessage(Group(t, names, theirs));
            message.SuggestedActions = new SuggestedActions
            {
                Actions = [.. theirs.Where(p => p.Name is { Length: > 0 }).Take(MessageLimits.Buttons)
                    .Select(p => CardAction.ImBack(t.Say("people.revokeButton", ("name", p.Name))))],
            };
            return await dc.SendAndEndAsync(message, cancellationToken);
        }
        var groups = everyone.GroupBy(p => (p.Role, Key: names.Group(t, p))).OrderByDescending(g => g.Key.Role == MemberRole.UnitReporter)
            .ThenBy(g => g.Key.Role).ThenBy(g => g.Key.Key, StringComparer.Ordinal).Select(g => Group(t, names, [.. g]));
        var text = t.Say("people.header", ("people", everyone.Count),
            ("units", everyone.Where(p => p.Role == MemberRole.UnitReporter).Select(p => p.UnitId).Distinct().Count()));
        text += "\n\n" + string.Join("\n\n", groups);
        var unbound = progress is null ? [] : progress.Tasks.SelectMany(progress.LeadMembers).DistinctBy(u => u.Id)
            .Where(u => !everyone.Any(p => p.UnitId == u.Id)).Select(u => u.Name).Order(StringComparer.Ordinal).ToList();
        if (unbound.Count > 0) text += "\n\n" + t.Say("people.unboundUnits", ("count", unbound.Count), ("units", TaskText.List(t, unbound)));
        return await dc.SendAndEndAsync(Activity.CreateMessage(text + "\n\n" + t.Say("people.hint")), cancellationToken);
    }

    private string Group(LocaleText t, PersonText names, IReadOnlyList<BoundPerson> group) =>
        $"**{names.Group(t, group[0])}**\n" + string.Join("\n", group.Select(p => Line(t, p)));

    private string Line(LocaleText t, BoundPerson person)
    {
        var active = person.LastActive ?? person.Bindings[0].BoundAt;
        var silent = clock.UtcNow - active;
        return t.Say("people.line", ("name", PersonText.Name(t, person)), ("channels", PersonText.Channels(t, person)),
            ("active", TaskText.Moment(clock.Local(active))))
            + (silent >= Stale ? t.Say("people.stale", ("days", (int)silent.TotalDays)) : "");
    }
}
