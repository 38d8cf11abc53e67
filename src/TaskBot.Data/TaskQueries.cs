using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data;

/// <summary>Reads tasks the way people ask for them: all, a unit's, a leader's.</summary>
public sealed class TaskQueries(TaskBotDbContext db)
{
    public async Task<IReadOnlyList<Plan>> PlansAsync(CancellationToken cancellationToken) =>
        await db.Plans.AsNoTracking().WithTasks().OrderByDescending(p => p.Year).ThenBy(p => p.Title).ToListAsync(cancellationToken);

    public async Task<Unit?> FindUnitAsync(string name, CancellationToken cancellationToken)
    {
        var key = UnitName.Key(name);
        // A name that holds everywhere before one an organisation's alias file gave.
        var alias = await db.UnitAliases.AsNoTracking().Where(a => a.Key == key).OrderBy(a => a.Organisation).ThenBy(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return alias is null ? null : await db.Units.AsNoTracking().Include(u => u.Aliases).SingleAsync(u => u.Id == alias.UnitId, cancellationToken);
    }

    public async Task<Leader?> FindLeaderAsync(string name, CancellationToken cancellationToken)
    {
        var normalized = PersonName.Normalize(name);
        return await db.Leaders.AsNoTracking().SingleOrDefaultAsync(l => l.Name == normalized, cancellationToken);
    }

    /// <summary>The tasks, plan by plan, that a unit answers for (directly or through a collective) and a leader leads.</summary>
    public async Task<IReadOnlyList<(Plan Plan, IReadOnlyList<TaskItem> Tasks)>> TasksAsync(Unit? unit, Leader? leader,
        CancellationToken cancellationToken)
    {
        var plans = await PlansAsync(cancellationToken);
        return [.. plans.Select(p => (p, (IReadOnlyList<TaskItem>)[.. p.Tasks
            .Where(t => unit is null || t.Concerns(unit))
            .Where(t => leader is null || t.IsLedBy(leader))
            .OrderBy(t => t.Number)]))];
    }
}
