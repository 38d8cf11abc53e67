namespace TaskBot.Tests.Infrastructure;

/// <summary>The test run's PostgreSQL (see <see cref="PostgresCluster"/>), started once for the database collection.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly PostgresCluster _cluster = new();

    public PostgresServer() => Templates = new StoreTemplates(this);

    /// <summary>Migrated and seeded databases of both providers, prepared once per run and copied per test.</summary>
    public StoreTemplates Templates { get; }

    public Task InitializeAsync() => _cluster.StartAsync();

    public Task<string> CreateDatabaseAsync(string? template = null) => _cluster.CreateDatabaseAsync(template: template);

    public Task DisposeAsync() => _cluster.StopAsync();
}
