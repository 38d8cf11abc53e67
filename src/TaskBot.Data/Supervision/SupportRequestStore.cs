using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

public sealed class SupportRequestStore(TaskBotDbContext db) : ISupportRequestStore
{
    public async Task<IReadOnlyList<SupportRequest>> InPeriodAsync(string periodKey, CancellationToken cancellationToken) =>
        await db.Set<SupportRequest>().AsNoTracking().Where(r => r.PeriodKey == periodKey).ToListAsync(cancellationToken);

    public async Task AddAsync(IReadOnlyList<SupportRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0) return;
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        var first = requests[0];
        // Asking twice in a period is one request; the lock keeps two lead reporters asking at once from colliding.
        await db.LockAsync(first.TaskItemId, first.RequestedByUnitId, cancellationToken);
        var units = requests.Select(r => r.UnitId).ToList();
        var known = await db.Set<SupportRequest>()
            .Where(r => r.PeriodKey == first.PeriodKey && r.TaskItemId == first.TaskItemId && r.RequestedByUnitId == first.RequestedByUnitId
                && units.Contains(r.UnitId))
            .Select(r => r.UnitId).ToListAsync(cancellationToken);
        db.AddRange(requests.Where(r => !known.Contains(r.UnitId)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
