using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Loop;

namespace TaskBot.Data.Loop;

public sealed class CoordinationStore(TaskBotDbContext db) : ICoordinationStore
{
    public Task AddAsync(CoordinationItem item, CancellationToken cancellationToken) => db.AddDetachedAsync(item, cancellationToken);

    public Task<CoordinationItem?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<CoordinationItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public Task UpdateAsync(CoordinationItem item, CancellationToken cancellationToken) => db.UpdateDetachedAsync(item, cancellationToken);

    public async Task<IReadOnlyList<CoordinationItem>> OpenAsync(CancellationToken cancellationToken) =>
        await db.Set<CoordinationItem>().AsNoTracking().Where(i => i.ClosedAt == null).OrderBy(i => i.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CoordinationItem>> RaisedAloneAsync(IReadOnlyCollection<int> taskItemIds, CancellationToken cancellationToken) =>
        await db.Set<CoordinationItem>().AsNoTracking().Where(i => i.ReportId == CoordinationItem.RaisedAlone && taskItemIds.Contains(i.TaskItemId))
            .OrderBy(i => i.Id).ToListAsync(cancellationToken);

    public Task<bool> IsOpenAsync(int taskItemId, int unitId, string text, CancellationToken cancellationToken) =>
        db.Set<CoordinationItem>().AnyAsync(i => i.TaskItemId == taskItemId && i.UnitId == unitId && i.Text == text && i.ClosedAt == null,
            cancellationToken);
}
