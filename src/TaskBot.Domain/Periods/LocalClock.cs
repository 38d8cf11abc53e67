namespace TaskBot.Domain.Periods;

/// <summary>The office's local time (China Standard Time by default), from a <see cref="TimeProvider"/>.</summary>
public sealed class LocalClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;
    /// <summary>The instant, in UTC: what is stored.</summary>
    public DateTimeOffset UtcNow => time.GetUtcNow();

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>A clock stopped at the last second of a day in the office's time: what was known by that day's end.</summary>
    public LocalClock AtEndOf(DateOnly day) =>
        new(new Stopped(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 59)), Zone)), Zone);

    /// <summary>A stored instant in the office's time.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    private sealed class Stopped(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc, TimeSpan.Zero);
    }

    /// <summary>China Standard Time by its IANA or Windows id; a fixed +08:00 zone where neither is installed (China keeps no DST).</summary>
    public static TimeZoneInfo FindZone(string id)
    {
        foreach (var candidate in new[] { id, "Asia/Shanghai", "China Standard Time" })
            if (TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var zone)) return zone;
        return TimeZoneInfo.CreateCustomTimeZone("CST+8", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
    }
}
