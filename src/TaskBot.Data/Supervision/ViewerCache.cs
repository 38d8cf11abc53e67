using System.Collections.Concurrent;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

/// <summary>
/// The viewers this process has read, each with the version of its rows (member, unit, leader) it was read at. A turn
/// learns the current version in its first round trip (<see cref="TurnMember"/>), so a kept viewer is used only while
/// no instance has changed those rows: a binding, a unit renamed or the member's last activity noted makes it read again.
/// </summary>
public sealed class ViewerCache
{
    private readonly ConcurrentDictionary<(string ChannelId, string UserId), (string Version, Viewer Viewer)> _viewers = new();

    public Viewer? Find(string channelId, string userId, string version) =>
        _viewers.TryGetValue((channelId, userId), out var kept) && kept.Version == version ? kept.Viewer : null;

    public void Keep(string channelId, string userId, string version, Viewer viewer) => _viewers[(channelId, userId)] = (version, viewer);

    /// <summary>The user is bound no more (revoked, unbound): their kept viewer goes, so bindings gone do not pile up.</summary>
    public void Forget(string channelId, string userId) => _viewers.TryRemove((channelId, userId), out _);
}
