using Npgsql;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// The test run's PostgreSQL (see <see cref="PostgresCluster"/>) and its template databases: one for all the
/// collections that take this fixture, started by the first of them and stopped when the run ends
/// (<see cref="RunFolder"/>). A cluster with templates of its own per collection cost each collection a start and a
/// migration and a seed import per provider; no test does anything to the server itself but create databases (the
/// restart test starts a cluster of its own).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private static readonly PostgresCluster Cluster = new();
    private static readonly Lazy<Task> Started = new(Cluster.StartAsync);
    private static readonly Lazy<StoreTemplates> Shared = new(() => new StoreTemplates(new PostgresServer()));

    /// <summary>Migrated and seeded databases of both providers, prepared once per run and copied per test.</summary>
    public StoreTemplates Templates => Shared.Value;

    public Task InitializeAsync() => Started.Value;

    /// <summary>
    /// A new database (a copy of <paramref name="template"/>), its connections pooled as in production: a test's
    /// queries (EF opens a connection per query) reuse a few instead of each connecting anew. Idle ones close within
    /// about two seconds, so the run's hundreds of short-lived databases do not hold the cluster's max_connections.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string? template = null) =>
        new NpgsqlConnectionStringBuilder(await Cluster.CreateDatabaseAsync(pooling: true, template: template))
        {
            ConnectionIdleLifetime = 1,
            ConnectionPruningInterval = 1,
        }.ConnectionString;

    /// <summary>Closes the pooled connections to a database, which must have none before it is copied.</summary>
    public static void ClosePooled(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
