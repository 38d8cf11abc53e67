using System.Collections.Concurrent;

namespace TaskBot.Data.Conversations;

/// <summary>
/// The dialog state each conversation's last turn here left (PostgreSQL), so that the next turn here may run on it
/// without reading it (see <see cref="OneTripTurn"/>). A turn takes its conversation's entry out while it runs: a second
/// turn of the conversation meanwhile reads, as before. Bounded: past the bound, what is kept is dropped.
/// </summary>
public sealed class KeptStates
{
    private const int Bound = 20_000;
    private readonly ConcurrentDictionary<(string ChannelId, string ConversationId), KeptState> _states = new();
    private readonly ConcurrentDictionary<(string ChannelId, string ConversationId), long> _moving = new();

    internal KeptState? Take(string channelId, string conversationId) =>
        _states.TryRemove((channelId, conversationId), out var kept) ? kept : null;

    /// <summary>
    /// Keeps what a turn here wrote. A conversation whose kept state was found stale moves between instances (a
    /// round-robin balancer): kept, every turn would run twice. It is kept again only once a turn here reads the
    /// version the last turn here wrote, that is, once its turns stay here.
    /// </summary>
    internal void Keep(string channelId, string conversationId, KeptState state, bool afterStale)
    {
        var key = (channelId, conversationId);
        if (afterStale || _moving.TryGetValue(key, out var written) && state.Version != written + 1)
        {
            if (_moving.Count >= Bound) _moving.Clear();
            _moving[key] = state.Version;
            return;
        }
        _moving.TryRemove(key, out _);
        if (_states.Count >= Bound) _states.Clear();
        _states.AddOrUpdate(key, state, (_, old) => old.Version > state.Version ? old : state);
    }
}

/// <summary>A conversation's state as its last turn here wrote it, and who wrote it with the version of their rows.</summary>
internal sealed record KeptState(string UserId, string? Member, string Json, long Version);
