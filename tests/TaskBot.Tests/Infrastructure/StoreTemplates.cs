using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.Tests;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// Databases prepared once per test run (migrated; a seed imported) and copied for each test that starts from them:
/// PostgreSQL clones a template database, SQLite copies the file. What a template holds depends only on its key.
/// </summary>
public sealed class StoreTemplates(PostgresServer postgres)
{
    public const string Migrated = "migrated";

    /// <summary>The 2025 乌审旗 plan (seed 000) imported, live from 1 January: what most chat and export tests start from.</summary>
    public const string Seed2025 = "seed 000";

    public static async Task ImportSeed2025Async(TestStore store) =>
        Assert.Equal(0,
            (await Shell.RunAsync(store, "import", RepoFiles.Seed("000_bd77716a55a06823.txt"), "--year", "2025", "--starts-on", "2025-01-01"))
            .ExitCode);

    private readonly ConcurrentDictionary<(StorageProvider, string), Lazy<Task<TestStore>>> _templates = new();

    /// <summary>A new store holding what <paramref name="prepare"/> did to a migrated store, prepared at most once per key.</summary>
    public async Task<TestStore> CopyAsync(StorageProvider provider, string key, Func<TestStore, Task>? prepare = null)
    {
        var template = await _templates.GetOrAdd((provider, key),
            _ => new Lazy<Task<TestStore>>(() => PrepareAsync(provider, key, prepare))).Value;
        return provider == StorageProvider.PostgreSql
            ? TestStore.ForPostgres(await postgres.CreateDatabaseAsync(template.DatabaseName))
            : TestStore.ForSqlite(template.SqlitePath);
    }

    private async Task<TestStore> PrepareAsync(StorageProvider provider, string key, Func<TestStore, Task>? prepare)
    {
        var store = key == Migrated ? await TestStore.CreateAsync(provider, postgres) : await CopyAsync(provider, Migrated);
        if (key == Migrated)
            await TestApp.WithServicesAsync(store, async sp =>
            {
                await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
                return true;
            });
        // The migrated template is only migrated, whoever asks for it first.
        if (prepare is not null && key != Migrated) await prepare(store);
        if (provider == StorageProvider.Sqlite) Checkpoint(store.SqlitePath);
        else PostgresServer.ClosePooled(store.Settings["ConnectionStrings:TaskBot"]!);
        return store;
    }

    /// <summary>Folds the write-ahead log into the file and closes every pooled connection, so the file alone is the database.</summary>
    private static void Checkpoint(string path)
    {
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }
}
