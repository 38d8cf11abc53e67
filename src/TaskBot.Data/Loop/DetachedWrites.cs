using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data.Loop;

/// <summary>Writes one entity and lets it go, so that a later read in the same scope sees the stored row, not the tracked object.</summary>
internal static class DetachedWrites
{
    public static async Task AddDetachedAsync<T>(this TaskBotDbContext db, T entity, CancellationToken cancellationToken) where T : class
    {
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entity).State = EntityState.Detached;
    }

    public static async Task UpdateDetachedAsync<T>(this TaskBotDbContext db, T entity, CancellationToken cancellationToken) where T : class
    {
        db.Update(entity);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(entity).State = EntityState.Detached;
    }
}
