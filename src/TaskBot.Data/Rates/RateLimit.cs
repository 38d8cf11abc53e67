namespace TaskBot.Data.Rates;

/// <summary>At most <paramref name="Messages"/> sends within any <paramref name="Window"/>.</summary>
public readonly record struct RateLimit(int Messages, TimeSpan Window)
{
    /// <summary>
    /// A rate per second as a limit over a short window (a tenth of the rate at most, so the cap holds over any window
    /// instead of allowing a second's burst), with the exact average: 30/s is 3 per 100 ms, 7/s is 1 per 142 ms.
    /// </summary>
    public static RateLimit PerSecond(int rate)
    {
        var messages = Math.Max(1, rate / 10);
        return new RateLimit(messages, TimeSpan.FromMilliseconds(1000.0 * messages / rate));
    }
}
