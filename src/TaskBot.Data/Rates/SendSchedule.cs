namespace TaskBot.Data.Rates;

/// <summary>
/// When the next send of a key may go, from the times of its latest sends (taken slots): no earlier than now, than
/// the latest slot (slots stay in order), and, for each limit of n per window, than the n-th latest slot plus the
/// window. Kept in order, every window then holds at most n slots. Shared by the in-process and the database logs.
/// </summary>
public static class SendSchedule
{
    /// <summary>How many latest slots the rule needs.</summary>
    public static int Kept(IReadOnlyList<RateLimit> limits) => limits.Max(l => l.Messages);

    /// <summary>Slots older than this (ms) no longer matter.</summary>
    public static long Horizon(IReadOnlyList<RateLimit> limits, long nowMs) => nowMs - (long)limits.Max(l => l.Window).TotalMilliseconds;

    /// <param name="latestFirst">Slot times in unix milliseconds, the latest first.</param>
    public static long Earliest(IReadOnlyList<long> latestFirst, IReadOnlyList<RateLimit> limits, long nowMs)
    {
        var at = latestFirst.Count > 0 ? Math.Max(nowMs, latestFirst[0]) : nowMs;
        foreach (var limit in limits)
            if (latestFirst.Count >= limit.Messages) at = Math.Max(at, latestFirst[limit.Messages - 1] + (long)limit.Window.TotalMilliseconds);
        return at;
    }

    /// <summary>The slot at <paramref name="at"/> is taken when it is within <paramref name="patience"/> of now.</summary>
    public static RateSlot Answer(long at, long nowMs, TimeSpan patience)
    {
        var wait = TimeSpan.FromMilliseconds(at - nowMs);
        return new RateSlot(wait <= patience, wait);
    }
}
