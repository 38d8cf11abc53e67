using TaskBot.Domain.People;

namespace TaskBot.Domain.Tests.People;

public class BindingLockoutTests
{
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Ten_failures_within_an_hour_lock_out_for_an_hour_after_the_tenth()
    {
        var failures = Enumerable.Range(0, 10).Select(i => Start.AddMinutes(6 * i)).ToList();
        Assert.Equal(Start.AddMinutes(54).AddHours(1), BindingLockout.Until(failures));
    }

    [Fact]
    public void Nine_failures_or_ten_spread_over_more_than_an_hour_do_not()
    {
        Assert.Null(BindingLockout.Until(Enumerable.Range(0, 9).Select(i => Start.AddMinutes(i))));
        Assert.Null(BindingLockout.Until(Enumerable.Range(0, 10).Select(i => Start.AddMinutes(7 * i))));
    }
}
