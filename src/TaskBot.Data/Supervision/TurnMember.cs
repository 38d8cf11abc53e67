namespace TaskBot.Data.Supervision;

/// <summary>
/// What a turn's first round trip learned about the member writing (PostgreSQL): the version of their rows, or that
/// none is bound. Taken once, by the turn's first look for the viewer: later in the turn a binding may have changed.
/// </summary>
public sealed class TurnMember
{
    private (string ChannelId, string UserId, string? Version)? _seen;

    internal void Saw(string channelId, string userId, string? version) => _seen = (channelId, userId, version);

    /// <summary>Whether the first round trip looked for this user, and the version of their rows (null: not bound).</summary>
    internal bool TryTake(string channelId, string userId, out string? version)
    {
        var seen = _seen;
        _seen = null;
        version = seen?.Version;
        return seen is { } s && s.ChannelId == channelId && s.UserId == userId;
    }
}
