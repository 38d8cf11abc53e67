using System.Collections.Concurrent;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Supervision;

/// <summary>
/// The open lists (the current plan and the lists beside it) and the unit directory, loaded once per import instead
/// of on every turn. Its key is the open lists, the sum of every plan's revision, and the count of units and of units
/// gone live: any import (of any year's plan or list, which may also rename units and leaders the open lists share)
/// and any unit's go-live change it, on every instance, since each asks the database for the key. A unit's go-live
/// is set once (it moves only to an earlier day, which a clock going forward never gives), so the count of live units
/// follows it. The cached graphs are shared by concurrent turns, so they are only ever read.
/// </summary>
public sealed class PlanCache
{
    private Entry? _entry;

    /// <summary>The lists kept last, whatever their key: what the database will most likely say is still open.</summary>
    public IReadOnlyList<Plan>? Latest => Volatile.Read(ref _entry)?.Lists;

    public IReadOnlyList<Plan>? Find(PlanKey key) => Volatile.Read(ref _entry) is { } entry && entry.Key == key ? entry.Lists : null;

    /// <summary>The directory kept with these very lists; null when the plan is no longer a cached one.</summary>
    public IReadOnlyList<Unit>? UnitsOf(Plan plan) =>
        Volatile.Read(ref _entry) is { } entry && entry.Lists.Any(l => ReferenceEquals(l, plan)) ? entry.Units : null;

    /// <summary>
    /// The tasks a leader leads in one of these very lists, found once per leader and list (a 10,000-task plan is
    /// otherwise scanned on every 哪些任务滞后); null when the list is no longer a cached one.
    /// </summary>
    public IReadOnlyList<TaskItem>? LedBy(Plan list, Leader leader) =>
        Volatile.Read(ref _entry) is { } entry && entry.Lists.Any(l => ReferenceEquals(l, list))
            ? entry.ByLeader.GetOrAdd((list.Id, leader.Name), _ => list.TasksLedBy(leader)) : null;

    public void Keep(PlanKey key, IReadOnlyList<Plan> lists, IReadOnlyList<Unit> units) =>
        Volatile.Write(ref _entry, new Entry(key, lists, units));

    private sealed record Entry(PlanKey Key, IReadOnlyList<Plan> Lists, IReadOnlyList<Unit> Units)
    {
        public ConcurrentDictionary<(int List, string Leader), IReadOnlyList<TaskItem>> ByLeader { get; } = new();
    }
}

/// <summary>Which lists are open (the current plan first), the state of all imports, how many units there are and have gone live.</summary>
public sealed record PlanKey(string ListIds, int Revisions, int Plans, int Units, int LiveUnits);
