namespace TaskBot.Channels;

/// <summary>
/// When the last messages went to one robot or one person, on the app's clock: a message may go when, for every documented limit,
/// fewer than that many went within its window; otherwise it must wait until the oldest of them leaves the window.
/// </summary>
public sealed class SendLog(IReadOnlyList<(int Messages, TimeSpan Window)> limits)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly int _kept = limits.Max(l => l.Messages);
    private readonly TimeSpan _longest = limits.Max(l => l.Window);

    /// <summary>Records a send at <paramref name="now"/> and returns null, or returns how long to wait and records nothing.</summary>
    public TimeSpan? TryTake(DateTimeOffset now)
    {
        lock (_sent)
        {
            while (_sent.Count > 0 && _sent.Peek() <= now - _longest) _sent.Dequeue();
            var wait = limits.Select(l => WaitFor(l.Messages, l.Window, now)).Max();
            if (wait > TimeSpan.Zero) return wait;
            _sent.Enqueue(now);
            if (_sent.Count > _kept) _sent.Dequeue();
            return null;
        }
    }

    // The n-th most recent send must have left the window before another may go.
    private TimeSpan WaitFor(int messages, TimeSpan window, DateTimeOffset now)
    {
        if (_sent.Count < messages) return TimeSpan.Zero;
        var nth = _sent.ElementAt(_sent.Count - messages);
        return nth + window > now ? nth + window - now : TimeSpan.Zero;
    }
}
