using System.Net.Http.Headers;
using TaskBot.BotFramework.Connector;

namespace TaskBot.Tests.Channel;

public class RetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Retry_after_in_seconds_is_waited_exactly() =>
        Assert.Equal(TimeSpan.FromSeconds(7),
            RetryPolicy.Delay(0, TimeSpan.FromSeconds(1), new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)), Now));

    [Fact]
    public void Retry_after_as_a_date_is_waited_until() =>
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.Delay(0, TimeSpan.FromSeconds(1), new RetryConditionHeaderValue(Now.AddSeconds(30)), Now));

    [Theory]
    [InlineData(0, 500, 1000)]
    [InlineData(2, 2000, 4000)]
    public void Without_retry_after_the_wait_doubles_with_jitter(int attempt, int minMs, int maxMs)
    {
        var delay = RetryPolicy.Delay(attempt, TimeSpan.FromSeconds(1), null, Now);
        Assert.InRange(delay.TotalMilliseconds, minMs, maxMs);
    }
}
