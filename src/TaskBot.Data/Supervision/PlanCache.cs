using TaskBot.Domain.Plans;

namespace TaskBot.Data.Supervision;

/// <summary>
/// The current plan, loaded once per import instead of on every turn. Its key is the current plan and the sum of
/// every plan's revision: any import (of any year's plan, which may also rename units and leaders the current plan
/// shares) changes it, on every instance, since each asks the database for the key.
/// The cached graph is shared by concurrent turns, so it is only ever read.
/// </summary>
public sealed class PlanCache
{
    private Entry? _entry;

    public Plan? Find(PlanKey key) => Volatile.Read(ref _entry) is { } entry && entry.Key == key ? entry.Plan : null;

    public void Keep(PlanKey key, Plan plan) => Volatile.Write(ref _entry, new Entry(key, plan));

    private sealed record Entry(PlanKey Key, Plan Plan);
}

/// <summary>Which plan is current, and the state of all imports.</summary>
public sealed record PlanKey(int PlanId, int Revisions, int Plans);
