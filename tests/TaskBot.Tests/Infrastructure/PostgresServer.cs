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

    public Task<string> CreateDatabaseAsync(string? template = null) => Cluster.CreateDatabaseAsync(template: template);

    public Task DisposeAsync() => Task.CompletedTask;
}
