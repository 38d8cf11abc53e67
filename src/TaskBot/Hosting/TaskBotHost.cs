using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Plans;

namespace TaskBot.Hosting;

/// <summary>The composition root: configuration, services and endpoints, shared by the server and the command line.</summary>
public static class TaskBotHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.Find() });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        AddOptions(builder);
        builder.Services.AddTaskBotData();
        builder.Services.AddScoped<PlanFileImporter>();
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseStartup>());
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>()?.DefaultUrls ?? new ServerOptions().DefaultUrls);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }

    private static void AddOptions(WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .PostConfigure<IConfiguration>((storage, configuration) =>
            {
                if (configuration.GetConnectionString("TaskBot") is { Length: > 0 } connectionString) storage.PostgreSql = connectionString;
                storage.SqlitePath = Path.GetFullPath(storage.SqlitePath, contentRoot);
            })
            .ValidateDataAnnotations().ValidateOnStart();
    }
}
