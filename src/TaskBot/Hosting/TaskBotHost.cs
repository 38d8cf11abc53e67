using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Hosting;
using TaskBot.Channels;
using TaskBot.Data;
using TaskBot.Data.Retention;
using TaskBot.Dialogs;
using TaskBot.Words;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Supervision;
using TaskBot.WebChat;
using TaskBot.Plans;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders;
using TaskBot.Reminders.Robots;
using TaskBot.Scheduling;

namespace TaskBot.Hosting;

/// <summary>The composition root: configuration, services and endpoints, shared by the server and the command line.</summary>
public static class TaskBotHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ContentRoot.Find(),
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        AddOptions(builder);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddTaskBotData();
        // The first hosted service, so nothing that reads the database (the outbox sender, Hangfire) starts before the schema exists.
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        builder.Services.AddBotFramework();
        builder.Services.AddSingleton(sp =>
            new BotText(sp.GetRequiredService<IOptions<DialogTextOptions>>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        builder.Services.AddSupervision();
        builder.Services.AddDialogs();
        builder.Services.AddReminders();
        builder.Services.AddChannels();
        builder.AddScheduler();
        DashboardAccess.AddDashboardAccess(builder.Services);
        // One key ring in the database for every instance: a sign-in link or cookie from one works on all.
        builder.Services.AddDataProtection().SetApplicationName("TaskBot").PersistKeysToDbContext<TaskBotDbContext>();
        // The keys live in TaskBot's own database, guarded as the database is; the warning that they are not
        // encrypted at rest would greet every first start.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        builder.Services.AddHostedService<DialogTextCheck>();
        builder.Services.AddScoped<PlanFileImporter>();
        builder.Services.AddOfficeDocuments();
        builder.Services.AddEvidence(builder.Environment.ContentRootPath);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>()?.DefaultUrls
                ?? new ServerOptions().DefaultUrls);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseWebSockets();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapBotMessages();
        app.MapDirectLine();
        app.MapChannels();
        app.MapWebChat();
        DashboardAccess.MapSignIn(app);
        OfficeFileLinks.Map(app);
        EvidenceLinks.Map(app);
        app.MapScheduler();
        return app;
    }

    private static void AddOptions(WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddTrustedProxies();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .PostConfigure<IConfiguration>((storage, configuration) =>
            {
                if (configuration.GetConnectionString("TaskBot") is { Length: > 0 } connectionString) storage.PostgreSql = connectionString;
                storage.SqlitePath = Path.GetFullPath(storage.SqlitePath, contentRoot);
            })
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SupervisionOptions>().BindConfiguration(SupervisionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<BehindOptions>().BindConfiguration(BehindOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<RobotOptions>().BindConfiguration(RobotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.Section);
        builder.Services.AddOptions<DialogTextOptions>().BindConfiguration(DialogTextOptions.Section).ValidateDataAnnotations().ValidateOnStart();
    }
}
