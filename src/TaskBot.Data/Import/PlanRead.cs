using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Import;

/// <summary>
/// The stored plan an import compares with its document, read untracked and lean: the plan, its tasks (withdrawn ones
/// too) with their milestones, and their links as bare ids joined in memory to the directories' units and leaders.
/// EF's includes and its fix-up of a 10,000-task list cost seconds where these reads take a fraction of one.
/// </summary>
internal static class PlanRead
{
    public static async Task<Plan?> ReadAsync(TaskBotDbContext db, IQueryable<Plan> found, IReadOnlyList<Unit> units,
        IReadOnlyList<Leader> leaders, CancellationToken cancellationToken)
    {
        if (await found.AsNoTracking().FirstOrDefaultAsync(cancellationToken) is not { } plan) return null;
        var stored = db.Tasks.IgnoreQueryFilters().Where(t => t.PlanId == plan.Id);
        var tasks = await stored.AsNoTracking().OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var unitLinks = await db.Set<TaskUnit>()
            .Join(stored, l => l.TaskItemId, t => t.Id, (l, _) => new { l.TaskItemId, l.UnitId, l.Role, l.Position })
            .ToListAsync(cancellationToken);
        var leaderLinks = await db.Set<TaskLeader>()
            .Join(stored, l => l.TaskItemId, t => t.Id, (l, _) => new { l.TaskItemId, l.LeaderId, l.Position })
            .ToListAsync(cancellationToken);

        // The plan's own list is filled directly: EF's accessor asks the list whether it holds each task first.
        var list = (ICollection<TaskItem>)Accessor<Plan>(db, nameof(Plan.Tasks)).GetOrCreate(plan, forMaterialization: true);
        foreach (var task in tasks) list.Add(task);
        var byId = tasks.ToDictionary(t => t.Id);
        var unitById = units.ToDictionary(u => u.Id);
        var leaderById = leaders.ToDictionary(l => l.Id);
        var unitsOf = Accessor<TaskItem>(db, nameof(TaskItem.Units));
        foreach (var l in unitLinks.OrderBy(l => l.Position))
            unitsOf.Add(byId[l.TaskItemId], new TaskUnit(unitById[l.UnitId], l.Role, l.Position), forMaterialization: true);
        var leadersOf = Accessor<TaskItem>(db, nameof(TaskItem.Leaders));
        foreach (var l in leaderLinks.OrderBy(l => l.Position))
            leadersOf.Add(byId[l.TaskItemId], new TaskLeader(leaderById[l.LeaderId], l.Position), forMaterialization: true);
        return plan;
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IClrCollectionAccessor Accessor<T>(DbContext db, string navigation) =>
        db.Model.FindEntityType(typeof(T))!.FindNavigation(navigation)!.GetCollectionAccessor()!;
}
