using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Tests.Behind;

public class PeriodKeyTests
{
    [Theory]
    [InlineData(2026, 12, 3, PeriodKind.Week, "2026-W49", 2026, 11, 30, 2026, 12, 6)]
    [InlineData(2026, 12, 3, PeriodKind.HalfMonth, "2026-12-H1", 2026, 12, 1, 2026, 12, 15)]
    [InlineData(2026, 2, 20, PeriodKind.HalfMonth, "2026-02-H2", 2026, 2, 16, 2026, 2, 28)]
    [InlineData(2026, 11, 9, PeriodKind.Month, "2026-11", 2026, 11, 1, 2026, 11, 30)]
    public void A_stored_key_gives_back_its_period(int y, int m, int d, PeriodKind kind, string key, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var period = PeriodCalendar.Containing(new DateOnly(y, m, d), kind);
        Assert.Equal(key, period.Key);
        Assert.Equal(period, Period.FromKey(key));
        Assert.Equal((kind, new DateOnly(sy, sm, sd), new DateOnly(ey, em, ed)), (period.Kind, period.Start, period.End));
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2026-13")]
    [InlineData("W49")]
    public void A_key_in_no_known_form_is_no_period(string key) => Assert.Null(Period.FromKey(key));
}
