namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Keeps what one turn writes together: the mark that the activity was handled, the conversation's state and whatever
/// the bot saved. A turn that fails leaves nothing behind, so the channel's retry of it is handled afresh.
/// </summary>
public interface ITurnTransaction
{
    Task<ITurnCommit> BeginAsync(CancellationToken cancellationToken);
}

/// <summary>An open turn transaction; disposed without a commit, it is rolled back.</summary>
public interface ITurnCommit : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
