namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Not now: a platform's limit would be passed. <see cref="Daily"/>: the app's quota for the day is used up and the
/// message waits for the next day; otherwise a limit per recipient, and it waits a little.
/// </summary>
public readonly record struct QuotaWait(TimeSpan RetryAfter, bool Daily)
{
    /// <summary>The platforms count days in China time (UTC+8).</summary>
    public static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>The day's quota is used up at <paramref name="now"/>: wait until the next day begins in China.</summary>
    public static QuotaWait UntilTomorrow(DateTimeOffset now)
    {
        var local = now.ToOffset(China);
        return new QuotaWait(local.Date.AddDays(1) - local.DateTime, Daily: true);
    }
}
