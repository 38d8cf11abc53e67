using System.Collections.Concurrent;

namespace TaskBot.Channels;

/// <summary>
/// A platform's sending limits, kept by this instance: so many messages a minute to one person, and so many a natural
/// day (China time, as the platforms count) for the whole app. Counts start again when the process does.
/// </summary>
public sealed class PlatformQuota(string channel, int perPersonPerMinute, int perDay, TimeProvider time)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly ConcurrentDictionary<string, SendLog> _people = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateOnly _day;
    private int _today;

    /// <summary>Counts one message to <paramref name="person"/>, or throws <see cref="QuotaExceededException"/> and counts nothing.</summary>
    public void Take(string person)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var local = now.ToOffset(China);
            if (DateOnly.FromDateTime(local.DateTime) != _day) (_day, _today) = (DateOnly.FromDateTime(local.DateTime), 0);
            if (perDay > 0 && _today >= perDay)
                throw new QuotaExceededException(channel, local.Date.AddDays(1) - local.DateTime, daily: true);
            var log = _people.GetOrAdd(person, _ => new SendLog([(perPersonPerMinute, TimeSpan.FromMinutes(1))]));
            if (log.TryTake(now) is { } wait) throw new QuotaExceededException(channel, wait, daily: false);
            _today++;
        }
    }
}
