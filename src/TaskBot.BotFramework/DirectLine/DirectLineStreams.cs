using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>
/// The open WebSocket streams, one per conversation (a second connection closes the first with "collision"),
/// and what is new in a conversation's transcript sent to its stream: after an append here, or, with several
/// instances, on another's notice, the stream reads the transcript after what it last sent. A stream closes when the
/// token it was opened with expires; the client reconnects with its refreshed token.
/// </summary>
public sealed class DirectLineStreams(TimeProvider time, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan LongestTimer = TimeSpan.FromDays(24);

    private readonly ConcurrentDictionary<string, Subscriber> _subscribers = new(StringComparer.Ordinal);

    /// <summary>Serves one socket until it closes: first the backlog after <paramref name="watermark"/>, then live activities.</summary>
    public async Task ServeAsync(
        string conversationId, WebSocket socket, long watermark, DateTimeOffset expiresAt, IDirectLineStore store,
        CancellationToken cancellationToken)
    {
        var subscriber = new Subscriber(socket, watermark);
        if (_subscribers.TryGetValue(conversationId, out var previous)) await previous.CloseAsync(WebSocketCloseStatus.PolicyViolation, "collision");
        var left = expiresAt - time.GetUtcNow();
        using var expiry = new CancellationTokenSource(left < TimeSpan.Zero ? TimeSpan.Zero : left > LongestTimer ? LongestTimer : left, time);
        using var closeOnExpiry = expiry.Token.Register(() => _ = subscriber.CloseAsync(WebSocketCloseStatus.NormalClosure, "token expired"));
        try
        {
            // Live pushes wait until the backlog is out, so the client sees every activity once and in order.
            await subscriber.SendBacklogAsync(() => _subscribers[conversationId] = subscriber,
                () => store.ActivitiesAsync(conversationId, watermark, cancellationToken), cancellationToken);
            await subscriber.DrainUntilClosedAsync(cancellationToken);
        }
        finally
        {
            _subscribers.TryRemove(new KeyValuePair<string, Subscriber>(conversationId, subscriber));
        }
    }

    /// <summary>The conversations whose streams are open here.</summary>
    public IReadOnlyCollection<string> Conversations => [.. _subscribers.Keys];

    /// <summary>
    /// Sends a stream held here what the transcript holds after what it last sent, in watermark order, when it has
    /// not yet sent <paramref name="watermark"/>; order and no duplicates come from the watermark, not from the call order.
    /// </summary>
    public async Task CatchUpAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        if (!_subscribers.TryGetValue(conversationId, out var subscriber) || subscriber.Watermark >= watermark) return;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDirectLineStore>();
        await subscriber.CatchUpAsync(after => store.ActivitiesAsync(conversationId, after, cancellationToken), cancellationToken);
    }

    private sealed class Subscriber(WebSocket socket, long watermark)
    {
        private readonly SemaphoreSlim _send = new(1, 1);
        private long _watermark = watermark;

        public long Watermark => Interlocked.Read(ref _watermark);

        public async Task SendBacklogAsync(Action register, Func<Task<IReadOnlyList<(Activity, long)>>> backlog, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                register();
                foreach (var (activity, mark) in await backlog()) await SendAsync(activity, mark, cancellationToken);
            }
            finally
            {
                _send.Release();
            }
        }

        public async Task CatchUpAsync(Func<long, Task<IReadOnlyList<(Activity, long)>>> after, CancellationToken cancellationToken)
        {
            await _send.WaitAsync(cancellationToken);
            try
            {
                foreach (var (activity, mark) in await after(_watermark)) await SendAsync(activity, mark, cancellationToken);
            }
            finally
            {
                _send.Release();
            }
        }

        private async Task SendAsync(Activity activity, long mark, CancellationToken cancellationToken)
        {
            if (mark <= _watermark || socket.State != WebSocketState.Open) return;
            _watermark = mark;
            var json = ActivityJson.Serialize(new ActivitySet([activity], mark.ToString()));
            try
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken);
            }
            catch (WebSocketException)
            {
                // The client went away; the transcript keeps the activity for its next connection.
            }
        }

        public async Task DrainUntilClosedAsync(CancellationToken cancellationToken)
        {
            var buffer = new byte[4096];
            try
            {
                while (socket.State == WebSocketState.Open)
                {
                    var received = await socket.ReceiveAsync(buffer, cancellationToken);
                    if (received.MessageType == WebSocketMessageType.Close) break;
                }
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        public async Task CloseAsync(WebSocketCloseStatus status, string reason)
        {
            await _send.WaitAsync(CancellationToken.None);
            try { await socket.CloseOutputAsync(status, reason, CancellationToken.None); }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException) { }
            finally { _send.Release(); }
        }
    }
}
