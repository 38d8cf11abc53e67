using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Plans;

namespace TaskBot.Hosting;

/// <summary>Applies migrations before the server takes requests, and imports the demo plan into an empty database.</summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<SeedOptions> seeds, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        await using var turn = await migrator.HoldStartupTurnAsync(cancellationToken);
        await migrator.MigrateAsync(cancellationToken);
        if (!seeds.Value.ImportDemoOnEmptyDatabase || await migrator.HasPlansAsync(cancellationToken)) return;
        var report = await scope.ServiceProvider.GetRequiredService<PlanFileImporter>().ImportDemoAsync(seeds.Value.DemoPlan, cancellationToken);
        log.LogInformation("Imported the demo plan {Title} ({Year}): {Count} tasks", report.PlanTitle, report.PlanYear, report.Added.Count);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        await using var turn = await migrator.HoldStartupTurnAsync(cancellationToken);
        await migrator.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
