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

/// <summary>
/// Server starts with Hangfire's server on. Hangfire keeps its configuration (log provider, job activator, storage) in
/// static state, so two such hosts in one process share it and the one disposed first breaks the other ("LoggerFactory
/// disposed" at the other's start): every test that starts one in this process is in the reminders collection, one at a
/// time, with <see cref="Reminders.SchedulerTests"/>. A server process has one host, so production never sees this.
/// </summary>
[Collection(TestCollections.Reminders)]
public class SchedulerHostTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public async Task A_first_start_with_the_sender_and_the_scheduler_on_logs_no_error_or_warning(StorageProvider provider)
    {
        var store = (await TestStore.CreateAsync(provider, postgres))
            .With("Seeds:ImportDemoOnEmptyDatabase", "true").With("Outbox:Enabled", "true").With("Scheduler:Enabled", "true");
        var log = new LogCapture();

        await using (var app = await ServerTests.StartAsync(store, log))
        {
            Assert.Equal("ok", await app.GetTestClient().GetStringAsync("/healthz"));
            // As the server does on SIGTERM: stopped, then disposed (disposing a running host races its background services).
            await app.StopAsync();
        }

        Assert.True(log.Entries.Count == 0, string.Join("\n", log.Entries));
    }

    [Fact]
    public async Task Storage_PostgreSql_puts_the_data_and_the_scheduler_on_PostgreSQL()
    {
        var connection = (await postgres.Templates.CopyAsync(StorageProvider.PostgreSql, StoreTemplates.Migrated))
            .Settings["ConnectionStrings:TaskBot"];
        var store = (await TestStore.CreateAsync(StorageProvider.Sqlite, postgres))
            .With("Storage:PostgreSql", connection).With("Scheduler:Enabled", "true");

        await using var app = await ServerTests.StartAsync(store);

        Assert.IsType<PostgreSqlTaskBotDbContext>(app.Services.CreateScope().ServiceProvider.GetRequiredService<TaskBotDbContext>());
        Assert.IsType<Hangfire.PostgreSql.PostgreSqlStorage>(app.Services.GetRequiredService<Hangfire.JobStorage>());
    }
}
