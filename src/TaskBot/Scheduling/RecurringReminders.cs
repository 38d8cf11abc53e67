using Hangfire;
using TaskBot.Data.Retention;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders;

namespace TaskBot.Scheduling;

/// <summary>
/// Every recurring job, in one place, from the "Reminders" settings, in the office's time zone. The jobs run daily
/// (the digest on its days) and decide themselves what is due, so the working-day calendar is applied in one place.
/// Misfire policy: Relaxed for all: a run missed while no server was up happens once when one is back; the job then
/// sends what is still due: this week's reminder, the latest digest, today's deadline notices (not yesterday's).
/// Each job also has a "now" twin that never fires on its own: the office triggers it from the dashboard.
/// Beside them, the daily deletion of old conversation data and the day's assessment of every task, and the hourly
/// check for a chat platform whose messages wait because no server has its settings.
/// </summary>
public static class RecurringReminders
{
    public static IReadOnlyList<(string Id, ReminderJob Job, string Cron)> All(ReminderOptions options) =>
    [
        ("reminders-weekly", ReminderJob.Weekly, Daily(options.Weekly.Time)),
        ("reminders-escalation", ReminderJob.Escalation, Daily(options.Escalation.Time)),
        ("reminders-digest", ReminderJob.Digest,
            $"{options.DigestTime.Minute} {options.DigestTime.Hour} {string.Join(',', options.DigestDaysOfMonth)} * *"),
        ("reminders-deadlines", ReminderJob.Deadlines, Daily(options.DeadlineTime)),
    ];

    public const string RetentionId = "retention";
    public const string AssessmentsId = "assessments";
    public const string WaitingChannelsId = "waiting-channels";

    public static void Register(IRecurringJobManager jobs, ReminderOptions options, RetentionOptions retention, BehindOptions behind,
        TimeZoneInfo zone)
    {
        var recurring = new RecurringJobOptions { TimeZone = zone, MisfireHandling = MisfireHandlingMode.Relaxed };
        jobs.AddOrUpdate<RetentionJob>(RetentionId, job => job.RunAsync(CancellationToken.None), Daily(retention.Time), recurring);
        jobs.AddOrUpdate<AssessmentProjection>(AssessmentsId, p => p.RebuildAsync(CancellationToken.None), Daily(behind.AssessAt), recurring);
        jobs.AddOrUpdate<WaitingChannels>(WaitingChannelsId, w => w.CheckAsync(CancellationToken.None), Cron.Hourly(), recurring);
        foreach (var (id, job, cron) in All(options))
        {
            jobs.AddOrUpdate<ReminderRun>(id, run => run.ScheduledAsync(job, CancellationToken.None), cron, recurring);
            jobs.AddOrUpdate<ReminderRun>(NowId(job), run => run.NowAsync(job, CancellationToken.None), Cron.Never(), recurring);
        }
    }

    public static string NowId(ReminderJob job) => $"remind-now-{job.ToString().ToLowerInvariant()}";

    private static string Daily(TimeOnly time) => $"{time.Minute} {time.Hour} * * *";
}
