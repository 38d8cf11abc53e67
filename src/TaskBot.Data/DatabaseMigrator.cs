using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

/// <summary>Brings the schema up to date; run at start-up before anything reads.</summary>
public sealed class DatabaseMigrator(TaskBotDbContext db)
{
    public Task MigrateAsync(CancellationToken cancellationToken) => db.MigrateAsync(cancellationToken);

    public async Task<bool> HasPlansAsync(CancellationToken cancellationToken) => await db.Plans.AnyAsync(cancellationToken);
}
