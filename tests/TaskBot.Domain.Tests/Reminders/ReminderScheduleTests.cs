using Microsoft.Extensions.Time.Testing;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;
using TaskBot.Import;

namespace TaskBot.Domain.Tests.Reminders;

/// <summary>When each reminder is due, in China time, with the holiday calendar in seeds/.</summary>
public class ReminderScheduleTests
{
    private static readonly WorkingDayCalendar Calendar = HolidayFile.Load(RepoFiles.Seed("holidays.yaml"));
    private static readonly ReminderSchedule Schedule = new(new ReminderOptions(), Calendar);

    /// <summary>The office's local time at a UTC instant, through the clock the app uses, on a host set to another zone.</summary>
    private static DateTime ChinaTime(string utc)
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        return new LocalClock(time, LocalClock.FindZone("Asia/Shanghai")).Now.DateTime;
    }

    [Theory]
    [InlineData("2025-07-07T00:59:59Z", false)] // Monday 08:59:59 in Beijing (Sunday evening in New York)
    [InlineData("2025-07-07T01:00:00Z", true)]  // Monday 09:00
    [InlineData("2025-07-09T12:00:00Z", true)]  // later the same week: a catch-up run still finds it due
    public void The_weekly_reminder_is_due_from_Monday_nine_oclock_China_time(string utc, bool due)
    {
        var now = ChinaTime(utc);
        Assert.Equal(due, Schedule.WeeklyDue(now) && ReminderSchedule.Week(DateOnly.FromDateTime(now)).Key == "2025-W28");
    }

    [Theory]
    [InlineData("2025-10-06", "2025-10-09")] // National Day: Monday to Wednesday off, Thursday
    [InlineData("2025-06-02", "2025-06-03")] // Dragon Boat Festival Monday
    [InlineData("2025-07-07", "2025-07-07")]
    public void A_holiday_moves_the_weekly_reminder_to_the_next_working_day(string monday, string sent) =>
        Assert.Equal(DateOnly.Parse(sent), Schedule.WeeklyDay(ReminderSchedule.Week(DateOnly.Parse(monday))));

    [Fact]
    public void A_week_without_a_working_day_has_no_weekly_reminder() =>
        Assert.Null(Schedule.WeeklyDay(ReminderSchedule.Week(new DateOnly(2026, 2, 16)))); // Spring Festival 2026

    [Fact]
    public void A_make_up_Saturday_takes_the_weekly_reminder_when_the_weekdays_are_off()
    {
        var week = ReminderSchedule.Week(new DateOnly(2030, 1, 7));
        var calendar = new WorkingDayCalendar(Enumerable.Range(0, 5).Select(d => week.Start.AddDays(d)), [week.Start.AddDays(5)]);
        Assert.Equal(new DateOnly(2030, 1, 12), new ReminderSchedule(new ReminderOptions(), calendar).WeeklyDay(week));
    }

    [Fact]
    public void Escalation_checks_move_with_the_weekly_reminder_and_count_a_make_up_Saturday()
    {
        Assert.Equal([new DateOnly(2025, 7, 9), new DateOnly(2025, 7, 10), new DateOnly(2025, 7, 11)],
            Schedule.EscalationChecks(ReminderSchedule.Week(new DateOnly(2025, 7, 7))));
        // National Day 2025: the reminder goes out on Thursday 9 October; two days later is Saturday 11 October, a make-up working day.
        Assert.Equal([new DateOnly(2025, 10, 11)], Schedule.EscalationChecks(ReminderSchedule.Week(new DateOnly(2025, 10, 6))));
    }

    [Theory]
    [InlineData("2025-07-09T09:59:00Z", null)]         // Wednesday 17:59
    [InlineData("2025-07-09T10:00:00Z", "2025-07-09")] // Wednesday 18:00
    [InlineData("2025-07-10T09:00:00Z", "2025-07-09")] // Thursday 17:00: still Wednesday's check
    [InlineData("2025-07-10T10:00:00Z", "2025-07-10")]
    public void The_last_escalation_check_reached(string utc, string? check) =>
        Assert.Equal(check is null ? null : DateOnly.Parse(check), Schedule.LastEscalationCheck(ChinaTime(utc)));

    [Theory]
    [InlineData("2025-07-16T00:59:00Z", "2025-07-01")] // the 16th, 08:59: the digest of the 1st is the latest
    [InlineData("2025-07-16T01:00:00Z", "2025-07-16")]
    [InlineData("2025-08-01T00:30:00Z", "2025-07-16")]
    public void The_digest_occasion_is_the_latest_digest_day_reached(string utc, string day) =>
        Assert.Equal(DateOnly.Parse(day), Schedule.LatestDigestDay(ChinaTime(utc)));

    [Fact]
    public void Configured_digest_days_and_deadline_offsets_replace_the_defaults()
    {
        var options = new ReminderOptions { DigestDays = [10, 25], DeadlineOffsets = [3, 14] };
        Assert.Equal([10, 25], options.DigestDaysOfMonth);
        Assert.Equal([14, 3], options.DaysBeforeDeadline);
        Assert.Equal([30, 7, 1], new ReminderOptions().DaysBeforeDeadline);
    }
}
