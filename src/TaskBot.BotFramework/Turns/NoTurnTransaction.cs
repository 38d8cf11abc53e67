namespace TaskBot.BotFramework.Turns;

/// <summary>For stores without transactions: each write stands alone.</summary>
public sealed class NoTurnTransaction : ITurnTransaction, ITurnCommit
{
    public Task<ITurnCommit> BeginAsync(CancellationToken cancellationToken) => Task.FromResult<ITurnCommit>(this);

    public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
