using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Supervision;

public sealed class PlanReader(TaskBotDbContext db, PlanCache cache) : IPlanReader
{
    public async Task<Plan?> CurrentPlanAsync(CancellationToken cancellationToken)
    {
        var key = await db.Plans.Where(p => !p.Archived).OrderByDescending(p => p.Year).ThenByDescending(p => p.Id)
            // Sums, not Count(): EF sends a Count() of a whole table as a query of its own, a Sum it folds into this one.
            .Select(p => new PlanKey(p.Id, db.Plans.Sum(x => x.Revision), db.Plans.Sum(x => 1), db.Units.Sum(u => 1),
                db.Units.Sum(u => u.ReportingStartsOn != null ? 1 : 0))).FirstOrDefaultAsync(cancellationToken);
        if (key is null) return null;
        if (cache.Find(key) is { } cached) return cached;
        var plan = await db.Plans.AsNoTracking().WithTasks().SingleAsync(p => p.Id == key.PlanId, cancellationToken);
        cache.Keep(key, plan, await UnitsAsync(cancellationToken));
        return plan;
    }

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
