using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace TaskBot.Data;

/// <summary>The one place that says UseSqlite or UseNpgsql.</summary>
public sealed class TaskBotDbContextFactory
{
    private readonly Func<TaskBotDbContext> _create;

    public TaskBotDbContextFactory(IOptions<StorageOptions> options)
    {
        var storage = options.Value;
        Provider = storage.Provider;
        if (Provider == StorageProvider.PostgreSql)
        {
            var o = new DbContextOptionsBuilder<PostgreSqlTaskBotDbContext>().UseNpgsql(storage.PostgreSql).Options;
            _create = () => new PostgreSqlTaskBotDbContext(o);
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!);
            var o = new DbContextOptionsBuilder<SqliteTaskBotDbContext>().UseSqlite($"Data Source={storage.SqlitePath}").Options;
            _create = () => new SqliteTaskBotDbContext(o);
        }
    }

    public StorageProvider Provider { get; }

    public TaskBotDbContext Create() => _create();
}
