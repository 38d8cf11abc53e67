using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Supervision;

public sealed class PlanReader(TaskBotDbContext db, PlanCache cache, CompiledQueries queries) : IPlanReader
{
    // A turn asks for the lists more than once (its dialog, then the save): read once until something is written.
    private (int Writes, IReadOnlyList<Plan> Lists)? _read;

    public async Task<Plan?> CurrentPlanAsync(CancellationToken cancellationToken) =>
        (await OpenListsAsync(cancellationToken)) is [{ Kind: ListKind.Plan } plan, ..] ? plan : null;

    /// <summary>The newest year's plan not archived, then every list beside it not archived, oldest first.</summary>
    public async Task<IReadOnlyList<Plan>> OpenListsAsync(CancellationToken cancellationToken)
    {
        if (_read is { } read && read.Writes == db.WriteCount) return read.Lists;
        var lists = await ReadListsAsync(cancellationToken);
        _read = (db.WriteCount, lists);
        return lists;
    }

    private async Task<IReadOnlyList<Plan>> ReadListsAsync(CancellationToken cancellationToken)
    {
        // A handful of rows (one per plan or list ever imported) and the unit counts, in one query: the cache key.
        var all = new List<CompiledQueries.PlanRow>();
        await foreach (var row in queries.PlanRows(db).WithCancellation(cancellationToken)) all.Add(row);
        return await ListsOfAsync(all, cancellationToken);
    }

    /// <summary>
    /// The lists kept last, when this turn has not read the lists yet: what a read may take as open, with the rows of
    /// <see cref="CompiledQueries.PlanRowsSql"/> read in its command to tell
    /// (<see cref="OpenListsAsync(List{CompiledQueries.PlanRow}, CancellationToken)"/>).
    /// </summary>
    internal IReadOnlyList<Plan>? Unchecked => _read is { } read && read.Writes == db.WriteCount ? null : cache.Latest;

    /// <summary>The open lists as these plan rows say (the cached ones when their key is the rows' key), for the rest of the turn.</summary>
    internal async Task<IReadOnlyList<Plan>> OpenListsAsync(List<CompiledQueries.PlanRow> rows, CancellationToken cancellationToken)
    {
        var lists = await ListsOfAsync(rows, cancellationToken);
        _read = (db.WriteCount, lists);
        return lists;
    }

    internal string PlanRowsSql => queries.PlanRowsSql(db);

    private async Task<IReadOnlyList<Plan>> ListsOfAsync(List<CompiledQueries.PlanRow> all, CancellationToken cancellationToken)
    {
        var open = all.Where(p => !p.Archived).ToList();
        var current = open.Where(p => p.Kind == ListKind.Plan).OrderByDescending(p => p.Year).ThenByDescending(p => p.Id).Take(1);
        var ids = current.Concat(open.Where(p => p.Kind != ListKind.Plan).OrderBy(p => p.Id)).Select(p => p.Id).ToList();
        if (ids.Count == 0) return [];
        var key = new PlanKey(string.Join(',', ids), all.Sum(p => p.Revision), all.Count, all[0].Units, all[0].LiveUnits);
        if (cache.Find(key) is { } cached) return cached;
        var loaded = await db.Plans.AsNoTracking().WithTasks().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        IReadOnlyList<Plan> lists = [.. ids.Select(id => loaded.Single(p => p.Id == id))];
        cache.Keep(key, lists, await UnitsAsync(cancellationToken));
        return lists;
    }

    public IReadOnlyList<TaskItem> LedBy(Plan list, Leader leader) => cache.LedBy(list, leader) ?? list.TasksLedBy(leader);

    public async Task<IReadOnlyList<Unit>> UnitsOfAsync(Plan plan, CancellationToken cancellationToken) =>
        cache.UnitsOf(plan) ?? await UnitsAsync(cancellationToken);

    public Task<Unit?> UnitAsync(int id, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<Leader?> LeaderAsync(int id, CancellationToken cancellationToken) =>
        db.Leaders.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Unit>> UnitsAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Unit>> UnitDirectoryAsync(CancellationToken cancellationToken) =>
        await db.Units.AsNoTracking().Include(u => u.Aliases).ToListAsync(cancellationToken);
}
