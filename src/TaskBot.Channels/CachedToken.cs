namespace TaskBot.Channels;

/// <summary>
/// A platform access token, kept until shortly before it expires and fetched again then, or at once when the platform
/// says it is no longer valid. One fetch at a time.
/// </summary>
public sealed class CachedToken(Func<CancellationToken, Task<(string Token, TimeSpan Lifetime)>> fetch, TimeProvider time)
{
    private static readonly TimeSpan Early = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } c && time.GetUtcNow() < c.RefreshAt) return c.Token;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && time.GetUtcNow() < again.RefreshAt) return again.Token;
            var (token, lifetime) = await fetch(cancellationToken);
            var early = lifetime > Early * 2 ? Early : lifetime / 2;
            _current = (token, time.GetUtcNow() + lifetime - early);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The platform refused <paramref name="token"/>: the next caller fetches a new one.</summary>
    public void Invalidate(string token)
    {
        if (_current is { } c && c.Token == token) _current = null;
    }
}
