namespace TaskBot.Tests.Infrastructure;

/// <summary>The test run's PostgreSQL (see <see cref="PostgresCluster"/>), started once for the database collection.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly PostgresCluster _cluster = new();

    public Task InitializeAsync() => _cluster.StartAsync();

    public Task<string> CreateDatabaseAsync() => _cluster.CreateDatabaseAsync();

    public Task DisposeAsync() => _cluster.StopAsync();
}
