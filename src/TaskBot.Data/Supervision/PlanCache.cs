using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Supervision;

/// <summary>
/// The current plan and the unit directory, loaded once per import instead of on every turn. Its key is the current
/// plan, the sum of every plan's revision, and the count of units and of units gone live: any import (of any year's
/// plan, which may also rename units and leaders the current plan shares) and any unit's go-live change it, on every
/// instance, since each asks the database for the key. A unit's go-live is set once (it moves only to an earlier day,
/// which a clock going forward never gives), so the count of live units follows it.
/// The cached graph is shared by concurrent turns, so it is only ever read.
/// </summary>
public sealed class PlanCache
{
    private Entry? _entry;

    public Plan? Find(PlanKey key) => Volatile.Read(ref _entry) is { } entry && entry.Key == key ? entry.Plan : null;

    /// <summary>The directory kept with this very plan; null when the plan is no longer the cached one.</summary>
    public IReadOnlyList<Unit>? UnitsOf(Plan plan) => Volatile.Read(ref _entry) is { } entry && ReferenceEquals(entry.Plan, plan) ? entry.Units : null;

    public void Keep(PlanKey key, Plan plan, IReadOnlyList<Unit> units) => Volatile.Write(ref _entry, new Entry(key, plan, units));

    private sealed record Entry(PlanKey Key, Plan Plan, IReadOnlyList<Unit> Units);
}

/// <summary>Which plan is current, the state of all imports, and how many units there are and have gone live.</summary>
public sealed record PlanKey(int PlanId, int Revisions, int Plans, int Units, int LiveUnits);
