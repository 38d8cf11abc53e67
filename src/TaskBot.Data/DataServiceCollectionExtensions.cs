using Microsoft.Extensions.DependencyInjection;

namespace TaskBot.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The data layer; the provider is chosen from <see cref="StorageOptions"/> when the first context is made.</summary>
    public static IServiceCollection AddTaskBotData(this IServiceCollection services)
    {
        services.AddSingleton<TaskBotDbContextFactory>();
        services.AddScoped(sp => sp.GetRequiredService<TaskBotDbContextFactory>().Create());
        services.AddScoped<PlanImporter>();
        services.AddScoped<TaskQueries>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
