using Microsoft.Extensions.Options;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Supervision;

namespace TaskBot.Hosting;

public static class SupervisionServiceCollectionExtensions
{
    /// <summary>The domain's services: the office's clock and periods, the behind rules, supervising the plan.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LocalClock(sp.GetRequiredService<TimeProvider>(),
            LocalClock.FindZone(sp.GetRequiredService<IOptions<SupervisionOptions>>().Value.TimeZone)));
        services.AddSingleton(sp => new PeriodCalendar(sp.GetRequiredService<IOptions<SupervisionOptions>>().Value.Period));
        services.AddSingleton(sp => new BehindRules(sp.GetRequiredService<IOptions<BehindOptions>>().Value, sp.GetRequiredService<PeriodCalendar>()));
        services.AddScoped<TaskSupervision>();
        return services;
    }
}
