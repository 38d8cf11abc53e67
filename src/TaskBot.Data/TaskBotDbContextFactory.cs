using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace TaskBot.Data;

/// <summary>The one place that says UseSqlite or UseNpgsql.</summary>
public sealed class TaskBotDbContextFactory
{
    private readonly Func<TaskBotDbContext> _create;

    /// <param name="interceptors">EF interceptors registered by the host (none in production; the benchmarks count commits).</param>
    public TaskBotDbContextFactory(IOptions<StorageOptions> options, IEnumerable<IInterceptor> interceptors)
    {
        IInterceptor[] hooks = [.. interceptors, new TurnWriteInterceptor()];
        var storage = options.Value;
        Provider = storage.Provider;
        if (Provider == StorageProvider.PostgreSql)
        {
            var o = new DbContextOptionsBuilder<PostgreSqlTaskBotDbContext>().UseNpgsql(ConnectionString(storage)).AddInterceptors(hooks).Options;
            // Contexts are reused (a turn's scope returns its own), so a turn does not build EF's services afresh.
            var pool = new PooledDbContextFactory<PostgreSqlTaskBotDbContext>(o);
            _create = () => pool.CreateDbContext();
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!);
            var o = new DbContextOptionsBuilder<SqliteTaskBotDbContext>().UseSqlite($"Data Source={storage.SqlitePath}").AddInterceptors(hooks).Options;
            var writers = new WriterGate();
            _create = () => new SqliteTaskBotDbContext(o, writers);
        }
    }

    public StorageProvider Provider { get; }

    /// <summary>The PostgreSQL connection string with <see cref="StorageOptions.AutoPrepare"/> applied.</summary>
    public static string ConnectionString(StorageOptions storage)
    {
        var settings = new NpgsqlConnectionStringBuilder(storage.PostgreSql);
        if (settings.MaxAutoPrepare == 0) settings.MaxAutoPrepare = storage.AutoPrepare;
        return settings.ConnectionString;
    }

    public TaskBotDbContext Create()
    {
        var db = _create();
        db.Writes.Reset();
        return db;
    }
}
