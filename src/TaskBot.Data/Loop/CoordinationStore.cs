using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Loop;

namespace TaskBot.Data.Loop;

public sealed class CoordinationStore(TaskBotDbContext db) : ICoordinationStore
{
    public async Task AddAsync(CoordinationItem item, CancellationToken cancellationToken)
    {
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(item).State = EntityState.Detached;
    }

    public Task<CoordinationItem?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<CoordinationItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task UpdateAsync(CoordinationItem item, CancellationToken cancellationToken)
    {
        db.Update(item);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(item).State = EntityState.Detached;
    }

    public async Task<IReadOnlyList<CoordinationItem>> OpenAsync(CancellationToken cancellationToken) =>
        await db.Set<CoordinationItem>().AsNoTracking().Where(i => i.ClosedAt == null).OrderBy(i => i.Id).ToListAsync(cancellationToken);
}
