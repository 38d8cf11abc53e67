using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TaskBot.Channels.DingTalk;

/// <summary>
/// Each conversation's latest sessionWebhook and when it expires, as the last callback gave it. Only addresses on the
/// configured webhook host are kept: a body cannot send our replies elsewhere. Kept in memory: after a restart,
/// replies go through the server API until the member writes again.
/// </summary>
public sealed class DingTalkSessions(IOptions<DingTalkOptions> options, TimeProvider time)
{
    // A webhook close to its expiry is not worth the risk of a refused reply.
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (Uri Url, DateTimeOffset Expires)> _webhooks = new(StringComparer.Ordinal);

    public void Remember(DingTalkMessage message)
    {
        if (message.SessionWebhook is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsOurs(uri)) return;
        _webhooks[message.ConversationId!] = (uri, DateTimeOffset.FromUnixTimeMilliseconds(message.SessionWebhookExpiredTime));
    }

    /// <summary>The conversation's webhook while it is valid.</summary>
    public Uri? Find(string conversationId) =>
        _webhooks.TryGetValue(conversationId, out var w) && time.GetUtcNow() < w.Expires - Margin ? w.Url : null;

    private bool IsOurs(Uri uri)
    {
        var allowed = new Uri(options.Value.SessionWebhookBaseUrl);
        return uri.Scheme == allowed.Scheme && string.Equals(uri.Host, allowed.Host, StringComparison.OrdinalIgnoreCase) && uri.Port == allowed.Port
            && uri.AbsolutePath.StartsWith(allowed.AbsolutePath, StringComparison.Ordinal);
    }
}
