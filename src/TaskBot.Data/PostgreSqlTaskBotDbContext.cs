using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

public sealed class PostgreSqlTaskBotDbContext(DbContextOptions<PostgreSqlTaskBotDbContext> options) : TaskBotDbContext(options)
{
    public override async Task LockAsync(int key1, int key2, CancellationToken cancellationToken) =>
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key1}, {key2})", cancellationToken);
}
