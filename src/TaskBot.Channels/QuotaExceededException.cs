namespace TaskBot.Channels;

/// <summary>
/// Not sent: a platform's documented limit would be passed. <see cref="Daily"/>: the day's quota is used up, and the
/// message waits for tomorrow; otherwise a per-minute limit, and it waits a little.
/// </summary>
public sealed class QuotaExceededException(string channel, TimeSpan retryAfter, bool daily)
    : Exception(daily ? $"the {channel} quota for today is used up" : $"the {channel} per-minute limit is reached")
{
    public string Channel { get; } = channel;
    public TimeSpan RetryAfter { get; } = retryAfter;
    public bool Daily { get; } = daily;

    /// <summary>With <see cref="Daily"/>: what is used up is the month's count (钉钉's API calls); it is asked again each day.</summary>
    public bool Monthly { get; init; }
}
