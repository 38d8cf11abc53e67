using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Channels.DingTalk;

/// <summary>
/// Each conversation's latest sessionWebhook and when it expires, as the last callback gave it, kept in the database
/// so that any instance can reply through it. Only addresses under the configured webhook base are kept: a body
/// cannot send our replies elsewhere.
/// </summary>
public sealed class DingTalkSessions(IReplyAddressStore store, IOptions<DingTalkOptions> options, TimeProvider time)
{
    // A webhook close to its expiry is not worth the risk of a refused reply.
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public Task RememberAsync(DingTalkMessage message, CancellationToken cancellationToken)
    {
        if (message.SessionWebhook is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsOurs(uri))
            return Task.CompletedTask;
        var expires = DateTimeOffset.FromUnixTimeMilliseconds(message.SessionWebhookExpiredTime);
        return store.SaveAsync(DingTalkChannel.ChannelId, message.ConversationId!, uri, expires, cancellationToken);
    }

    /// <summary>The conversation's webhook while it is valid.</summary>
    public async Task<Uri?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.FindAsync(DingTalkChannel.ChannelId, conversationId, cancellationToken) is { } w
            && time.GetUtcNow() < w.Expires - Margin && IsOurs(w.Address) ? w.Address : null;

    private bool IsOurs(Uri uri)
    {
        var allowed = new Uri(options.Value.SessionWebhookBaseUrl);
        return uri.Scheme == allowed.Scheme && string.Equals(uri.Host, allowed.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == allowed.Port
            && uri.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.Ordinal);
    }
}
