using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace TaskBot.Data;

/// <summary>The one place that says UseSqlite or UseNpgsql.</summary>
public sealed class TaskBotDbContextFactory
{
    private readonly Func<TaskBotDbContext> _create;

    /// <param name="interceptors">EF interceptors registered by the host (none in production; the benchmarks count commits).</param>
    /// <param name="logs">
    /// The app's loggers, so that Logging:LogLevel:Microsoft.EntityFrameworkCore.* settings work (appsettings.json keeps
    /// them at Warning: a turn's queries are not logged).
    /// </param>
    public TaskBotDbContextFactory(IOptions<StorageOptions> options, IEnumerable<IInterceptor> interceptors, ILoggerFactory? logs = null)
    {
        IInterceptor[] hooks = [.. interceptors, new TurnWriteInterceptor(), new Savepoints()];
        var storage = options.Value;
        Provider = storage.Provider;
        if (Provider == StorageProvider.PostgreSql)
        {
            var o = new DbContextOptionsBuilder<PostgreSqlTaskBotDbContext>().UseNpgsql(ConnectionString(storage)).AddInterceptors(hooks)
                .UseLoggerFactory(logs).Options;
            // Contexts are reused (a turn's scope returns its own), so a turn does not build EF's services afresh.
            var pool = new PooledDbContextFactory<PostgreSqlTaskBotDbContext>(o);
            _create = () => pool.CreateDbContext();
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!);
            var o = new DbContextOptionsBuilder<SqliteTaskBotDbContext>().UseSqlite($"Data Source={storage.SqlitePath}").AddInterceptors(hooks)
                .UseLoggerFactory(logs).Options;
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
