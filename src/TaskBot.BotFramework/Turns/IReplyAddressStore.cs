namespace TaskBot.BotFramework.Turns;

/// <summary>
/// A conversation's short-lived reply address, as the platform's last callback gave it (钉钉's sessionWebhook), kept in
/// the database so that whichever instance sends the reply can use it.
/// </summary>
public interface IReplyAddressStore
{
    Task SaveAsync(string channelId, string conversationId, Uri address, DateTimeOffset expires, CancellationToken cancellationToken);

    /// <summary>The last address saved for the conversation and when it expires; null when there is none.</summary>
    Task<(Uri Address, DateTimeOffset Expires)?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
