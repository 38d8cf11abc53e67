namespace TaskBot.BotFramework.Auth;

/// <summary>Who sent an activity, as established by its token (or its absence in local mode).</summary>
/// <param name="ServiceUrlTrusted">Replies may carry our token to the activity's serviceUrl.</param>
public sealed record CallerIdentity(bool Anonymous, string? AppId, bool ServiceUrlTrusted)
{
    /// <summary>The network address of the client that wrote the activity, when the channel's client reaches us directly (Direct Line).</summary>
    public string? ClientAddress { get; init; }

    public static CallerIdentity Local(bool serviceUrlAllowed) => new(true, null, serviceUrlAllowed);
}
