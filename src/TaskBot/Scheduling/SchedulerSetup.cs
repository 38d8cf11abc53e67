using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Data.Retention;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;

namespace TaskBot.Scheduling;

/// <summary>Hangfire: PostgreSQL storage when the app's data is there, in-memory storage on the embedded default.</summary>
public static class SchedulerSetup
{
    public static void AddScheduler(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SchedulerOptions.Section).Get<SchedulerOptions>() ?? new SchedulerOptions();
        if (!options.Enabled) return;
        builder.Services.AddHangfire((services, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            var storage = services.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (storage.Provider == StorageProvider.PostgreSql)
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(storage.PostgreSql),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true, EnableLongPolling = true });
            else
                config.UseInMemoryStorage();
        });
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = options.WorkerCount;
            o.TimeZoneResolver = new ZoneResolver();
        });
        builder.Services.AddHostedService<RecurringJobsRegistration>();
    }

    public static void MapScheduler(this WebApplication app)
    {
        if (app.Services.GetService<IRecurringJobManager>() is null) return;
        app.MapHangfireDashboard("/hangfire", DashboardAccess.Options()).RequireAuthorization(DashboardAccess.Policy);
    }

    /// <summary>Resolves the stored zone id the way the clock found it, so a host without that id (or tzdata) agrees.</summary>
    private sealed class ZoneResolver : ITimeZoneResolver
    {
        public TimeZoneInfo GetTimeZoneById(string tzId) => LocalClock.FindZone(tzId);
    }

    private sealed class RecurringJobsRegistration(
        IRecurringJobManager jobs, IOptions<ReminderOptions> reminders, IOptions<RetentionOptions> retention, IOptions<BehindOptions> behind,
        LocalClock clock) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            RecurringReminders.Register(jobs, reminders.Value, retention.Value, behind.Value, clock.Zone);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
