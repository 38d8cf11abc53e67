using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

/// <summary>Brings the schema up to date; run at start-up before anything reads.</summary>
public sealed class DatabaseMigrator(TaskBotDbContext db)
{
    /// <remarks>
    /// A schema already up to date is the usual start (a server, every command, every test host). EF's Migrate would
    /// still compare the whole model with the last migration's snapshot each time, which costs more than the rest of a
    /// start; that they agree is checked by a test (ServerTests.The_migrations_describe_the_whole_model).
    /// </remarks>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any()) await db.MigrateAsync(cancellationToken);
    }

    public async Task<bool> HasPlansAsync(CancellationToken cancellationToken) => await db.Plans.AnyAsync(cancellationToken);
}
