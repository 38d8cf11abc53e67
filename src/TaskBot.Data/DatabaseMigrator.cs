using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TaskBot.Data;

/// <summary>Brings the schema up to date; run at start-up before anything reads.</summary>
public sealed class DatabaseMigrator(TaskBotDbContext db)
{
    /// <remarks>
    /// A schema already up to date is the usual start (a server, every command, every test host). EF's Migrate would
    /// still compare the whole model with the last migration's snapshot each time, which costs more than the rest of a
    /// start; that they agree is checked by a test (ServerTests.The_migrations_describe_the_whole_model).
    /// An empty database has no history table: asking it for the applied migrations (as Npgsql's migrator does before it
    /// creates the table) fails a SELECT that EF logs as an error before it recovers, so an office's first start would
    /// show "fail" on its console. The table is created first (if it is missing; the catalogue says).
    /// </remarks>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var history = db.GetService<IHistoryRepository>();
        if (await history.CreateIfNotExistsAsync(cancellationToken) || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            await db.MigrateAsync(cancellationToken);
    }

    /// <summary>Instances starting together take turns: one migrates (and imports the demo), the next finds it done.</summary>
    public Task<IAsyncDisposable> HoldStartupTurnAsync(CancellationToken cancellationToken) => db.HoldStartupTurnAsync(cancellationToken);

    public async Task<bool> HasPlansAsync(CancellationToken cancellationToken) => await db.Plans.AnyAsync(cancellationToken);
}
