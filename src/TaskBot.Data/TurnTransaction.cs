using TaskBot.BotFramework.Turns;

namespace TaskBot.Data;

/// <summary>On PostgreSQL a turn is one transaction. SQLite has a single writer: a turn-long transaction there would hold
/// every other turn off for the whole turn, so each write commits on its own.</summary>
public sealed class TurnTransaction(TaskBotDbContext db) : ITurnTransaction
{
    public async Task<ITurnCommit> BeginAsync(CancellationToken cancellationToken) =>
        db is PostgreSqlTaskBotDbContext ? await StoreTransaction.BeginAsync(db, cancellationToken) : new NoTurnTransaction();
}
