using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Plans;

namespace TaskBot.Data;

internal static class PlanQueryExtensions
{
    public static IQueryable<Plan> WithTasks(this IQueryable<Plan> plans) =>
        plans
            .Include(p => p.Tasks).ThenInclude(t => t.Leaders).ThenInclude(l => l.Leader)
            .Include(p => p.Tasks).ThenInclude(t => t.Units).ThenInclude(u => u.Unit)
            .AsSplitQuery();
}
