using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Data.Supervision;

public sealed class PlanReader(TaskBotDbContext db) : IPlanReader
{
    public async Task<Plan?> CurrentPlanAsync(CancellationToken cancellationToken)
    {
        var id = await db.Plans.OrderByDescending(p => p.Year).ThenByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await db.Plans.AsNoTracking().WithTasks().SingleAsync(p => p.Id == id, cancellationToken);
    }

    public Task<Unit?> UnitAsync(int id, CancellationToken cancellationToken) =>
        db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);

    public Task<Leader?> LeaderAsync(int id, CancellationToken cancellationToken) =>
        db.Leaders.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
}
