using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>How a bound person reads in the office's lists: name, channels, and whose reporter they are.</summary>
public sealed class PersonText
{
    private readonly Dictionary<int, string> _units;
    private readonly Dictionary<int, string> _leaders;

    private PersonText(Dictionary<int, string> units, Dictionary<int, string> leaders) => (_units, _leaders) = (units, leaders);

    /// <summary>With the names of the units and leaders the people are bound to.</summary>
    public static async Task<PersonText> LoadAsync(IPlanReader plans, IEnumerable<BoundPerson> people, CancellationToken cancellationToken)
    {
        var units = (await plans.UnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var leaders = new Dictionary<int, string>();
        foreach (var id in people.Select(p => p.LeaderId).OfType<int>().Distinct())
            if (await plans.LeaderAsync(id, cancellationToken) is { } leader) leaders[id] = leader.Name;
        return new PersonText(units, leaders);
    }

    public static string Name(LocaleText t, BoundPerson person) =>
        person.Name is { Length: > 0 } name ? Markdown.Literal(name) : t.Say("people.noName");

    public static string Channels(LocaleText t, BoundPerson person) =>
        string.Join(t.Say("tasks.listSeparator"),
            person.Channels.Select(c => t.MessageKeys.Contains("people.channel_" + c) ? t.Say("people.channel_" + c) : Markdown.Literal(c)));

    /// <summary>The unit, the leader or the office whose binding it is.</summary>
    public string Group(LocaleText t, BoundPerson person) => person.Role switch
    {
        MemberRole.Office => t.Say("people.office"),
        MemberRole.Leader => t.Say("people.leader", ("leader", Markdown.Literal(person.LeaderId is { } l ? _leaders.GetValueOrDefault(l) : null))),
        _ => Markdown.Literal(person.UnitId is { } u ? _units.GetValueOrDefault(u) : null),
    };

    /// <summary>"张三（旗农牧局，企业微信）".</summary>
    public string Who(LocaleText t, BoundPerson person) =>
        t.Say("people.who", ("name", Name(t, person)), ("group", Group(t, person)), ("channels", Channels(t, person)));
}
