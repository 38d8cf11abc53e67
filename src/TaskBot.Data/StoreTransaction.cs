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
    private readonly IDisposable? _writer;
    private readonly IDbContextTransaction? _outer;
    private readonly TaskBotDbContext _db;
    private bool _done;

    private StoreTransaction(TaskBotDbContext db, IDbContextTransaction? own, IDisposable? writer, IDbContextTransaction? outer) =>
        (_db, _own, _writer, _outer) = (db, own, writer, outer);

    public static async Task<StoreTransaction> BeginAsync(TaskBotDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } outer)
        {
            await outer.CreateSavepointAsync(Savepoint, cancellationToken);
            return new(db, null, null, outer);
        }
        var writer = await db.EnterWriterAsync(cancellationToken);
        try
        {
            db.Writes.Reset();
            return new(db, await db.Database.BeginTransactionAsync(cancellationToken), writer, null);
        }
        catch
        {
            writer?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Saves the context's changes within this transaction, without the savepoint EF would add inside an outer one:
    /// this transaction's own savepoint already takes them back, and each savepoint is a round trip.
    /// </summary>
    public async Task SaveChangesAsync(DbContext db, CancellationToken cancellationToken)
    {
        var auto = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = auto;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_own is not null)
        {
            // Told not to wait for the disk, then written to durably after all: this commit waits.
            if (_db.Writes is { SkipsDiskWait: true, Durable: true })
                await _db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit = on", cancellationToken);
            await _own.CommitAsync(cancellationToken);
        }
        else await _outer!.ReleaseSavepointAsync(Savepoint, cancellationToken);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
            _writer?.Dispose();
        }
        else if (!_done) await _outer!.RollbackToSavepointAsync(Savepoint);
    }
}
