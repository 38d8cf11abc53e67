using TaskBot.Data.Outbox;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Reminders;

namespace TaskBot.Reminders;

/// <summary>Messages to people that go out at once: addressed to their conversations and queued in the outbox, each key once.</summary>
public sealed class NoticeQueue(ReminderAddresses addresses, OutboxStore outbox, OutboxSignal signal) : INoticeQueue
{
    public async Task QueueAsync(IReadOnlyList<Reminder> notices, CancellationToken cancellationToken)
    {
        var distinct = notices.DistinctBy(r => r.Key).ToList();
        if (distinct.Count == 0) return;
        var (messages, _) = await addresses.AddressAsync(distinct, new Dictionary<string, int>(), cancellationToken);
        if (await outbox.EnqueueAsync(messages, cancellationToken) > 0) signal.Notify();
    }
}
