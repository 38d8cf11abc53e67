using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data;

/// <summary>
/// A store's own transaction: begun here when none is open, otherwise a savepoint inside the caller's (a turn's), so
/// that a store's writes are still all or nothing while the turn commits everything at once.
/// </summary>
public sealed class StoreTransaction : ITurnCommit
{
    private const string Savepoint = "store";
    private readonly IDbContextTransaction? _own;
    private readonly IDbContextTransaction? _outer;
    private bool _done;

    private StoreTransaction(IDbContextTransaction? own, IDbContextTransaction? outer) => (_own, _outer) = (own, outer);

    public static async Task<StoreTransaction> BeginAsync(TaskBotDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not { } outer) return new(await db.Database.BeginTransactionAsync(cancellationToken), null);
        await outer.CreateSavepointAsync(Savepoint, cancellationToken);
        return new(null, outer);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_own is not null) await _own.CommitAsync(cancellationToken);
        else await _outer!.ReleaseSavepointAsync(Savepoint, cancellationToken);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null) await _own.DisposeAsync();
        else if (!_done) await _outer!.RollbackToSavepointAsync(Savepoint);
    }
}
