using TaskBot.Domain.Reminders;

namespace TaskBot.Domain.Loop;

/// <summary>Queues messages to people at once (through the outbox), each once by its key.</summary>
public interface INoticeQueue
{
    Task QueueAsync(IReadOnlyList<Reminder> notices, CancellationToken cancellationToken);
}
