using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Tests.Behind;

public class PeriodCalendarTests
{
    [Theory]
    [InlineData(2025, 1, 1, "2025-W01", 2024, 12, 30)]
    [InlineData(2025, 12, 29, "2026-W01", 2025, 12, 29)]
    [InlineData(2026, 11, 23, "2026-W48", 2026, 11, 23)]
    public void Weeks_are_iso_weeks_from_monday(int y, int m, int d, string key, int sy, int sm, int sd)
    {
        var period = new PeriodCalendar(PeriodKind.Week).Containing(new DateOnly(y, m, d));
        Assert.Equal(key, period.Key);
        Assert.Equal(new DateOnly(sy, sm, sd), period.Start);
        Assert.Equal(period.Start.AddDays(6), period.End);
    }

    [Theory]
    [InlineData(15, "2025-02-H1", 1, 15)]
    [InlineData(16, "2025-02-H2", 16, 28)]
    public void Half_months_split_on_the_16th(int day, string key, int start, int end)
    {
        var period = new PeriodCalendar(PeriodKind.HalfMonth).Containing(new DateOnly(2025, 2, day));
        Assert.Equal((key, new DateOnly(2025, 2, start), new DateOnly(2025, 2, end)), (period.Key, period.Start, period.End));
    }

    [Fact]
    public void China_time_is_found_whatever_the_hosts_zone_names()
    {
        var zone = LocalClock.FindZone("Asia/Shanghai");
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTime(2025, 7, 1)));
        var clock = new LocalClock(new FixedTime(new DateTimeOffset(2025, 6, 30, 17, 0, 0, TimeSpan.Zero)), zone);
        Assert.Equal(new DateOnly(2025, 7, 1), clock.Today);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
