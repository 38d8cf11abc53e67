using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Reminders;

/// <summary>The bound people of the plan, with their units and leaders resolved, and the units that have a group to post to.</summary>
public sealed class Roster
{
    private Roster(IReadOnlyList<Viewer> people, IReadOnlyList<Unit> groups)
    {
        People = people;
        Groups = groups;
    }

    public IReadOnlyList<Viewer> People { get; }

    /// <summary>Units whose group chat gets the unit's reminders too (group robots).</summary>
    public IReadOnlyList<Unit> Groups { get; }

    public IEnumerable<Viewer> Reporters => People.Where(p => p.Member.Role == MemberRole.UnitReporter && p.Unit is not null);
    public IEnumerable<Viewer> Leaders => People.Where(p => p.Member.Role == MemberRole.Leader && p.Leader is not null);
    public IEnumerable<Viewer> Office => People.Where(p => p.Member.Role == MemberRole.Office);

    /// <summary>Units that can be reached: by a bound reporter or a group.</summary>
    public IEnumerable<Unit> Units =>
        Reporters.Select(p => p.Unit!).Concat(Groups).DistinctBy(u => u.Id).OrderBy(u => u.Name, StringComparer.Ordinal);

    public static Roster Of(IReadOnlyList<TaskItem> tasks, IEnumerable<Member> members, IEnumerable<int> groupUnitIds)
    {
        var units = tasks.SelectMany(t => t.Units).Select(u => u.Unit).DistinctBy(u => u.Id).ToList();
        var leaders = tasks.SelectMany(t => t.LeadLeaders).DistinctBy(l => l.Id).ToDictionary(l => l.Id);
        var people = members.Select(m => new Viewer(m,
            m.UnitId is { } u ? units.FirstOrDefault(x => x.Id == u) : null,
            m.LeaderId is { } l ? leaders.GetValueOrDefault(l) : null)).ToList();
        var groupIds = groupUnitIds.ToHashSet();
        return new Roster(people, [.. units.Where(u => groupIds.Contains(u.Id))]);
    }

    /// <summary>The unit's reporters and, when it has one, its group.</summary>
    public IEnumerable<ReminderRecipient> Reach(Unit unit) =>
        Reporters.Where(p => p.Unit!.Id == unit.Id).Select(p => ReminderRecipient.Person(p.Member))
            .Concat(Groups.Where(g => g.Id == unit.Id).Select(ReminderRecipient.GroupOf));

    public IEnumerable<Viewer> LeadersOf(TaskItem task) => Leaders.Where(p => task.IsLedBy(p.Leader!));
}
