using TaskBot.Data;

namespace TaskBot.Tests.Infrastructure;

/// <summary>A fresh, empty database of one provider, and the settings that point TaskBot at it.</summary>
public sealed class TestStore
{
    private TestStore(StorageProvider provider, Dictionary<string, string?> settings)
    {
        Provider = provider;
        Settings = settings;
    }

    public StorageProvider Provider { get; }
    public Dictionary<string, string?> Settings { get; }

    public static async Task<TestStore> CreateAsync(StorageProvider provider, PostgresServer postgres) =>
        Create(provider, provider == StorageProvider.PostgreSql ? await postgres.CreateDatabaseAsync() : "");

    /// <summary>A store on a PostgreSQL database of the caller's own (a cluster the test starts and stops itself).</summary>
    public static TestStore ForPostgres(string connectionString) => Create(StorageProvider.PostgreSql, connectionString);

    /// <summary>A SQLite store holding a copy of the database file at <paramref name="source"/>.</summary>
    public static TestStore ForSqlite(string source)
    {
        var store = Create(StorageProvider.Sqlite, "");
        Directory.CreateDirectory(Path.GetDirectoryName(store.SqlitePath)!);
        File.Copy(source, store.SqlitePath);
        return store;
    }

    public string SqlitePath => Settings["Storage:SqlitePath"]!;

    /// <summary>The PostgreSQL database's name (empty on SQLite).</summary>
    public string DatabaseName =>
        Provider == StorageProvider.PostgreSql ? new Npgsql.NpgsqlConnectionStringBuilder(Settings["ConnectionStrings:TaskBot"]).Database! : "";

    private static TestStore Create(StorageProvider provider, string connectionString) =>
        new(provider, new Dictionary<string, string?>
        {
            ["ConnectionStrings:TaskBot"] = connectionString,
            ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), $"taskbot-test-{Guid.NewGuid():N}", "taskbot.db"),
            ["Seeds:ImportDemoOnEmptyDatabase"] = "false",
            // Reminder tests drive the jobs and the sender themselves; the ones that need them switch them on.
            ["Scheduler:Enabled"] = "false",
            ["Outbox:Enabled"] = "false",
            ["Outbox:RatePerSecond"] = "0",
        });

    public TestStore With(string key, string? value)
    {
        Settings[key] = value;
        return this;
    }
}
