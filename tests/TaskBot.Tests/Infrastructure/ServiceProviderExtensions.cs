using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;

namespace TaskBot.Tests.Infrastructure;

public static class ServiceProviderExtensions
{
    public static TaskBotDbContext Db(this IServiceProvider services) => services.GetRequiredService<TaskBotDbContext>();
}
