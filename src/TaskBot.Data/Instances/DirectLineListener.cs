using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using TaskBot.BotFramework.DirectLine;

namespace TaskBot.Data.Instances;

/// <summary>
/// Several instances: LISTENs for appended activities on one connection of its own and has the streams held here
/// catch up. After the connection was lost (PostgreSQL restarting) every stream here catches up, for what it missed.
/// </summary>
public sealed class DirectLineListener(
    IOptions<StorageOptions> storage, DirectLineStreams streams, TimeProvider time, ILogger<DirectLineListener> log) : BackgroundService
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // Npgsql's own cancellation, when the host stops
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Direct Line notifications were interrupted; listening again in {Retry}", Retry);
                try { await Task.Delay(Retry, time, stoppingToken); }
                catch (OperationCanceledException) { }
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // Its own connection, outside any pool: LISTEN belongs to the session, and Keepalive notices a dead server.
        var settings = new NpgsqlConnectionStringBuilder(storage.Value.PostgreSql) { Pooling = false, KeepAlive = 10 };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            if (DirectLineNotifier.Parse(e.Payload) is { } appended) CatchUp(appended.ConversationId, appended.Watermark, stoppingToken);
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {DirectLineNotifier.Channel}", connection))
            await listen.ExecuteNonQueryAsync(stoppingToken);
        foreach (var conversationId in streams.Conversations) CatchUp(conversationId, long.MaxValue, stoppingToken);
        while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
    }

    // Not awaited: one slow client must not hold up the notifications of the others.
    private void CatchUp(string conversationId, long watermark, CancellationToken stoppingToken) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await streams.CatchUpAsync(conversationId, watermark, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Direct Line conversation {ConversationId} could not catch up to {Watermark}", conversationId, watermark);
            }
        }, CancellationToken.None);
}
