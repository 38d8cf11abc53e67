namespace TaskBot.Reminders;

/// <summary>Wakes this instance's sender when messages were queued here, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Notify()
    {
        if (_queued.CurrentCount == 0)
            try { _queued.Release(); } catch (SemaphoreFullException) { }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
