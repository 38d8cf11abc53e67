namespace TaskBot.Data;

/// <summary>
/// SQLite's writers, one at a time in this process and in order of arrival. SQLite's own busy wait polls, so under
/// load a writer can lose every race until its timeout; here it queues. Other processes still meet the busy timeout.
/// </summary>
public sealed class WriterGate
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>Waits for the writer's place; dispose the result to give it up.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _writer.WaitAsync(Patience, cancellationToken))
            throw new TimeoutException($"the database stayed busy for {Patience.TotalSeconds:0} s");
        return new Release(_writer);
    }

    private sealed class Release(SemaphoreSlim writer) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) writer.Release();
        }
    }
}
