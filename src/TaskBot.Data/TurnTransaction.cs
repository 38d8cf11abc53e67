using TaskBot.BotFramework.Turns;

namespace TaskBot.Data;

/// <summary>
/// A turn is one transaction on either store. On SQLite it begins IMMEDIATE, taking the database's one write lock
/// for the turn: turns are short, and a second turn waits for it (busy timeout) instead of failing.
/// </summary>
public sealed class TurnTransaction(TaskBotDbContext db) : ITurnTransaction
{
    public async Task<ITurnCommit> BeginAsync(CancellationToken cancellationToken) => await StoreTransaction.BeginAsync(db, cancellationToken);
}
