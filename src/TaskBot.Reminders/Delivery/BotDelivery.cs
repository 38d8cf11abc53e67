using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.Turns;
using TaskBot.Channels;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Supervision;

namespace TaskBot.Reminders.Delivery;

/// <summary>
/// Sends a queued message into its conversation, through the channel's Connector or TaskBot's Direct Line. One attempt:
/// the outbox retries with its own backoff, so a slow channel never holds a batch. A platform's limit makes the message
/// wait; when the day's quota is used up, the office is told once that day.
/// </summary>
public sealed class BotDelivery(IActivitySender sender, OfficeNotices office, LocalClock clock)
{
    /// <param name="payload">The outbox's payload as UTF-8, as a claim reads it.</param>
    public async Task<DeliveryResult> SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        var activity = BotEnvelope.Posted(payload);
        try
        {
            await sender.SendOnceAsync(activity, cancellationToken);
            return DeliveryResult.Sent;
        }
        catch (QuotaExceededException e)
        {
            if (e.Daily)
                await office.TellQuotaExhaustedAsync(e.Channel, clock.Today, e.Monthly, cancellationToken);
            return DeliveryResult.Deferred(e.RetryAfter);
        }
        catch (ChannelOffException e)
        {
            return DeliveryResult.Deferred(ChannelOffException.Wait, e.Message);
        }
        catch (ConversationGoneException e)
        {
            return DeliveryResult.Undeliverable(DeliveryProblem.Gone, e.Message);
        }
        catch (ConnectorException e) when (e.Status is 408 or 429 or >= 500)
        {
            return DeliveryResult.Transient($"{e.Status}: {e.Message}", e.RetryAfter);
        }
        catch (ConnectorException e)
        {
            return DeliveryResult.Undeliverable(DeliveryProblem.Failed, $"{e.Status}: {e.Message}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
            && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient(e.Message);
        }
    }
}
