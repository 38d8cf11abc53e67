using System.Collections.Concurrent;

namespace TaskBot.Data.Rates;

/// <summary>The send rates of one process: the only one on SQLite.</summary>
public sealed class InProcessSendRates(TimeProvider time) : ISendRates
{
    private readonly ConcurrentDictionary<string, List<long>> _slots = new(StringComparer.Ordinal);

    public Task<RateSlot> TakeAsync(string key, IReadOnlyList<RateLimit> limits, TimeSpan patience, CancellationToken cancellationToken)
    {
        var slots = _slots.GetOrAdd(key, _ => []);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (slots)
        {
            var horizon = SendSchedule.Horizon(limits, now);
            slots.RemoveAll(at => at <= horizon);
            var latestFirst = Enumerable.Reverse(slots).Take(SendSchedule.Kept(limits)).ToList();
            var at = SendSchedule.Earliest(latestFirst, limits, now);
            var answer = SendSchedule.Answer(at, now, patience);
            if (answer.Taken) slots.Add(at);
            return Task.FromResult(answer);
        }
    }
}
