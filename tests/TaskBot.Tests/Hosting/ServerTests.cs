using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskBot.Data;
using TaskBot.Hosting;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Hosting;

[Collection(TestCollections.Hosting)]
public class ServerTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task First_start_on_an_empty_database_migrates_it_and_imports_the_demo_plan(StorageProvider provider)
    {
        var store = (await TestStore.CreateAsync(provider, postgres)).With("Seeds:ImportDemoOnEmptyDatabase", "true");
        await using (var app = await StartAsync(store))
        {
            var health = await app.GetTestClient().GetStringAsync("/healthz");
            Assert.Equal("ok", health);
        }

        var plans = await TestApp.WithDbAsync(store, db => db.Plans.Select(p => new { p.Title, p.Year, Tasks = p.Tasks.Count }).ToListAsync());
        // The demo is dated in the office's current year, so that it makes sense on the day it is run.
        var thisYear = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year;
        Assert.Equal([new { Title = "政府工作报告重点工作任务分解方案", Year = Math.Max(2025, thisYear), Tasks = 44 }], plans);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task Instances_starting_together_on_an_empty_database_all_start_and_import_the_demo_once(StorageProvider provider)
    {
        var store = (await TestStore.CreateAsync(provider, postgres)).With("Seeds:ImportDemoOnEmptyDatabase", "true");

        var apps = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => StartAsync(store))));
        foreach (var app in apps)
        {
            Assert.Equal("ok", await app.GetTestClient().GetStringAsync("/healthz"));
            await app.DisposeAsync();
        }

        Assert.Equal(44, await TestApp.WithDbAsync(store, db => db.Plans.SelectMany(p => p.Tasks).CountAsync()));
    }

    [Fact]
    public async Task A_restart_does_not_import_the_demo_plan_twice()
    {
        var store = (await TestStore.CreateAsync(StorageProvider.PostgreSql, postgres)).With("Seeds:ImportDemoOnEmptyDatabase", "true");
        await (await StartAsync(store)).DisposeAsync();
        var before = await TestApp.SnapshotAsync(store);

        await (await StartAsync(store)).DisposeAsync();

        Assert.Equal(before, await TestApp.SnapshotAsync(store));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task The_migrations_describe_the_whole_model(StorageProvider provider)
    {
        var store = await TestStore.CreateAsync(provider, postgres);
        Assert.False(await TestApp.WithDbAsync(store, db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task EF_Core_logs_at_the_level_the_settings_give_and_by_default_only_warnings()
    {
        var quiet = new LogCapture(LogLevel.Trace);
        await using (var app = await StartAsync(await TestStore.CreateAsync(StorageProvider.Sqlite, postgres), quiet))
            Assert.Equal("ok", await app.GetTestClient().GetStringAsync("/healthz"));
        var verbose = new LogCapture(LogLevel.Trace);
        var store = (await TestStore.CreateAsync(StorageProvider.Sqlite, postgres))
            .With("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        await using (var app = await StartAsync(store, verbose))
            Assert.Equal("ok", await app.GetTestClient().GetStringAsync("/healthz"));

        Assert.DoesNotContain(quiet.Entries, e => e.Contains(" Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(verbose.Entries, e =>
            e.StartsWith("Information Microsoft.EntityFrameworkCore.Database.Command: Executed DbCommand", StringComparison.Ordinal));
    }

    internal static async Task<WebApplication> StartAsync(TestStore store, LogCapture? log = null)
    {
        var builder = TaskBotHost.CreateBuilder([], store.Settings);
        builder.WebHost.UseTestServer();
        if (log is not null) builder.Logging.AddProvider(log);
        var app = TaskBotHost.Build(builder);
        await app.StartAsync();
        return app;
    }
}
