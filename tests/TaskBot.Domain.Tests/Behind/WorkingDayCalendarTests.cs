using TaskBot.Import;

namespace TaskBot.Domain.Tests.Behind;

/// <summary>The holiday calendar in seeds/ as the reminders will use it.</summary>
public class WorkingDayCalendarTests
{
    private static readonly Periods.WorkingDayCalendar Calendar = HolidayFile.Load(RepoFiles.Seed("holidays.yaml"));

    [Theory]
    [InlineData("2025-10-06", "2025-10-09")] // Monday in the National Day holiday: the weekly reminder waits until Thursday
    [InlineData("2026-02-16", "2026-02-24")] // Spring Festival 2026
    [InlineData("2025-06-02", "2025-06-03")] // Dragon Boat Festival Monday
    [InlineData("2025-07-07", "2025-07-07")] // an ordinary Monday
    public void A_day_off_moves_to_the_next_working_day(string due, string sent) =>
        Assert.Equal(DateOnly.Parse(sent), Calendar.OnOrAfter(DateOnly.Parse(due)));

    [Theory]
    [InlineData("2025-09-28")] // Sunday worked for National Day
    [InlineData("2025-10-11")] // Saturday worked
    [InlineData("2026-02-14")]
    public void A_make_up_weekend_day_is_a_working_day(string date) => Assert.True(Calendar.IsWorkingDay(DateOnly.Parse(date)));

    [Theory]
    [InlineData("2025-05-05")]
    [InlineData("2026-01-02")]
    [InlineData("2025-07-05")] // an ordinary Saturday
    public void Holidays_and_ordinary_weekends_are_days_off(string date) => Assert.False(Calendar.IsWorkingDay(DateOnly.Parse(date)));
}
