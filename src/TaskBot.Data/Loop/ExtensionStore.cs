using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Plans;

namespace TaskBot.Data.Loop;

public sealed class ExtensionStore(TaskBotDbContext db) : IExtensionStore
{
    public Task AddAsync(ExtensionRequest request, CancellationToken cancellationToken) => db.AddDetachedAsync(request, cancellationToken);

    public Task<ExtensionRequest?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<ExtensionRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task DecideAsync(ExtensionRequest request, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        await db.UpdateDetachedAsync(request, cancellationToken);
        if (request.Approved == true)
        {
            await db.Tasks.IgnoreQueryFilters().Where(t => t.Id == request.TaskItemId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Deadline, request.NewDeadline), cancellationToken);
            // The plan's revision tells every server's plan cache that the plan changed.
            var planId = await db.Tasks.IgnoreQueryFilters().Where(t => t.Id == request.TaskItemId).Select(t => t.PlanId)
                .SingleAsync(cancellationToken);
            await db.Plans.Where(p => p.Id == planId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Revision, p => p.Revision + 1), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ExtensionRequest>> ForTaskAsync(int taskItemId, CancellationToken cancellationToken) =>
        await db.Set<ExtensionRequest>().AsNoTracking().Where(r => r.TaskItemId == taskItemId).OrderBy(r => r.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ExtensionRequest>> PendingAsync(CancellationToken cancellationToken) =>
        await db.Set<ExtensionRequest>().AsNoTracking().Where(r => r.Approved == null).OrderBy(r => r.Id).ToListAsync(cancellationToken);
}
