using Microsoft.Extensions.Options;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Supervision;
using TaskBot.Import;

namespace TaskBot.Hosting;

public static class SupervisionServiceCollectionExtensions
{
    /// <summary>The domain's services: the office's clock, periods and working days, the behind rules, supervising the plan,
    /// when reminders are due.</summary>
    public static IServiceCollection AddSupervision(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LocalClock(sp.GetRequiredService<TimeProvider>(),
            LocalClock.FindZone(sp.GetRequiredService<IOptions<SupervisionOptions>>().Value.TimeZone)));
        services.AddSingleton(sp => new PeriodCalendar(sp.GetRequiredService<IOptions<SupervisionOptions>>().Value.Period));
        services.AddSingleton(sp => new BehindRules(sp.GetRequiredService<IOptions<BehindOptions>>().Value, sp.GetRequiredService<PeriodCalendar>()));
        services.AddSingleton<TaskAssessor>();
        services.AddScoped<AssessmentProjection>();
        var supervision = ActivatorUtilities.CreateFactory<TaskSupervision>([typeof(IEnumerable<Domain.Loop.IReportFollowUp>)]);
        services.AddScoped(sp => supervision(sp, [new ReportFollowUps(sp)]));
        services.AddScoped<SupportingInput>();
        services.AddScoped<Lookups>();
        // After a report is saved: a supporting unit's input to its lead, coordination requests, 已完成 for review.
        services.AddScoped<Domain.Loop.IReportFollowUp>(sp => sp.GetRequiredService<SupportingInput>());
        services.AddScoped<BindingGuard>();
        services.AddScoped<Domain.Loop.CoordinationDesk>();
        services.AddScoped<Domain.Loop.IReportFollowUp>(sp => sp.GetRequiredService<Domain.Loop.CoordinationDesk>());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SupervisionOptions>>().Value);
        services.AddScoped<Domain.Loop.CompletionDesk>();
        services.AddScoped<Domain.Loop.ExtensionDesk>();
        services.AddScoped<Domain.Loop.IReportFollowUp>(sp => sp.GetRequiredService<Domain.Loop.CompletionDesk>());
        services.AddSingleton(sp => HolidayFile.Load(Path.GetFullPath(sp.GetRequiredService<IOptions<ReminderOptions>>().Value.HolidayFile,
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton(sp =>
            new ReminderSchedule(sp.GetRequiredService<IOptions<ReminderOptions>>().Value, sp.GetRequiredService<WorkingDayCalendar>()));
        return services;
    }
}
