using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Outbox;

namespace TaskBot.Reminders.Delivery;

/// <summary>
/// Replies for platforms that want their callback answered at once (企业微信, 钉钉): queued in the outbox within the
/// turn's transaction, so a turn that fails sends nothing, and delivered in order, one per conversation at a time.
/// </summary>
public sealed class OutboxActivityQueue(OutboxStore outbox, OutboxSignal signal) : IActivityQueue
{
    public const string Kind = "Reply";

    public async Task QueueAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken)
    {
        var envelope = new BotEnvelope(to, activity);
        var message = new OutboxMessage(Kind, activity.ReplyToId ?? "", Guid.NewGuid().ToString("N"), $"{to.ChannelId}:{to.Conversation.Id}",
            envelope.Destination, envelope.ToJson(), to.User?.Name ?? to.User?.Id ?? to.Conversation.Id ?? "");
        await outbox.EnqueueAsync([message], cancellationToken);
        signal.Notify();
    }
}
