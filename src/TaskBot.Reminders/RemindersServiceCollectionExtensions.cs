using Microsoft.Extensions.DependencyInjection;
using TaskBot.Reminders;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders.Delivery;
using TaskBot.Reminders.Robots;

namespace TaskBot.Reminders;

public static class RemindersServiceCollectionExtensions
{
    /// <summary>Deriving reminders into the outbox, and the sender that drains it
    /// (the host adds the schedule and a <see cref="Domain.Periods.WorkingDayCalendar"/>).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<ReminderMessages>();
        services.AddScoped<ReminderAddresses>();
        services.AddScoped<ReminderRun>();
        services.AddScoped<NoticeQueue>();
        services.AddScoped<Domain.Loop.INoticeQueue>(sp => sp.GetRequiredService<NoticeQueue>());
        services.AddScoped<OfficeNotices>();
        services.AddScoped<Domain.Supervision.IOfficeNotices>(sp => sp.GetRequiredService<OfficeNotices>());
        services.AddScoped<UndeliverableNotices>();
        services.AddScoped<WaitingChannels>();
        services.AddScoped<Domain.Supervision.ISupportNotices, SupportNotices>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService<OutboxSenderService>();
        services.AddScoped<BotDelivery>();
        services.AddScoped<BotFramework.Turns.IActivityQueue, OutboxActivityQueue>();
        services.AddSingleton<Channels.IPlatformMarkdown, PlatformMarkdown>();
        services.AddHttpClient(RobotDelivery.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<RobotDelivery>();
        services.AddSingleton<GroupRobot, WeComRobot>();
        services.AddSingleton<GroupRobot, DingTalkRobot>();
        services.AddSingleton<GroupRobot, FeishuRobot>();
        return services;
    }
}
