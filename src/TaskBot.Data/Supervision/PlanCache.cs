using TaskBot.Domain.Plans;

namespace TaskBot.Data.Supervision;

/// <summary>
/// The open lists (the current plan and the lists beside it), loaded once per import instead of on every turn. Its
/// key is the open lists and the sum of every plan's revision: any import (of any year's plan or list, which may also
/// rename units and leaders the open lists share) changes it, on every instance, since each asks the database for
/// the key. The cached graphs are shared by concurrent turns, so they are only ever read.
/// </summary>
public sealed class PlanCache
{
    private Entry? _entry;

    public IReadOnlyList<Plan>? Find(PlanKey key) => Volatile.Read(ref _entry) is { } entry && entry.Key == key ? entry.Lists : null;

    public void Keep(PlanKey key, IReadOnlyList<Plan> lists) => Volatile.Write(ref _entry, new Entry(key, lists));

    private sealed record Entry(PlanKey Key, IReadOnlyList<Plan> Lists);
}

/// <summary>Which lists are open (the current plan first), and the state of all imports.</summary>
public sealed record PlanKey(string ListIds, int Revisions, int Plans);
