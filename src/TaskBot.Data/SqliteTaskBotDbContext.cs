using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

public sealed class SqliteTaskBotDbContext(DbContextOptions<SqliteTaskBotDbContext> options, WriterGate writers) : TaskBotDbContext(options)
{
    public override async Task<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) => await writers.EnterAsync(cancellationToken);

    // Write-ahead logging: readers go on while a turn holds the write lock (the setting stays with the file).
    public override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await base.MigrateAsync(cancellationToken);
        await Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", cancellationToken);
    }
}
