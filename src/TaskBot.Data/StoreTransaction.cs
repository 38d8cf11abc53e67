using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
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
    private string _opening = "";
    private bool _opened;
    private string _name = Savepoint;
    private long _deferred;
    private Conversations.OneTripTurn? _unheld;

    /// <summary>What the store's first command begins with (see <see cref="BeginAsync"/>); read once.</summary>
    public string Opening
    {
        get
        {
            _opened = _opening.Length > 0;
            var opening = _opening;
            _opening = "";
            return opening;
        }
    }

    // A savepoint set in a command of the store's stays until the turn ends: releasing it would cost a round trip.
    private bool Deferred => _opened || _opening.Length > 0;

    private StoreTransaction(TaskBotDbContext db, IDbContextTransaction? own, IDisposable? writer, IDbContextTransaction? outer) =>
        (_db, _own, _writer, _outer, _deferred) = (db, own, writer, outer, db.Writes.Deferred.Next);

    /// <summary>
    /// Begins it; with <paramref name="inFirstCommand"/>, the store's first command begins with <see cref="Opening"/>,
    /// which sets the savepoint in that command's round trip rather than one of its own.
    /// </summary>
    public static async Task<StoreTransaction> BeginAsync(TaskBotDbContext db, CancellationToken cancellationToken, bool inFirstCommand = false)
    {
        if (db.Database.CurrentTransaction is { } outer)
        {
            if (!inFirstCommand)
            {
                await outer.CreateSavepointAsync(Savepoint, cancellationToken);
                return new(db, null, null, outer) { _unheld = db.Writes.OnKept };
            }
            // Each its own name, as it stays: a later store's command that fails before its SAVEPOINT ran must not roll
            // back to this one, undoing what this store wrote.
            var name = $"{Savepoint}_{++db.Savepoints}";
            return new(db, null, null, outer) { _name = name, _opening = $"SAVEPOINT {name};\n" };
        }
        var writer = await db.EnterWriterAsync(cancellationToken);
        try
        {
            db.Writes.Reset();
            var own = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Writes.CommitPending = true;
            return new(db, own, writer, null);
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
            _db.Writes.CommitPending = false;
            if (AtCommit.With(_db, _db.Writes.WithCommit) is { } write) await CommitWithAsync(write, cancellationToken);
            else
            {
                if (_db.Writes is { SkipsDiskWait: true, Durable: true })
                    await _db.Database.ExecuteSqlRawAsync(DiskWait, cancellationToken);
                await _own.CommitAsync(cancellationToken);
            }
        }
        else if (!Deferred) await _outer!.ReleaseSavepointAsync(Savepoint, cancellationToken);
        _done = true;
    }

    // Told not to wait for the disk, then written to durably after all: the commit waits.
    private const string DiskWait = "SET LOCAL synchronous_commit = on;";

    /// <summary>
    /// The waiting write and the commit in one command, one round trip: the transaction ends in the database, and
    /// disposing it afterwards rolls nothing back (Npgsql sees it ended). A failure before the COMMIT rolls it all back.
    /// </summary>
    private async Task CommitWithAsync(CommitWrite write, CancellationToken cancellationToken)
    {
        _db.Writes.WithCommit = null;
        var wait = _db.Writes.Durable ? (_db.Writes.SkipsDiskWait ? DiskWait + "\n" : "")
            : write.MaySkipDiskWait ? AsynchronousCommit.Sql + "\n" : "";
        int rows;
        try
        {
            rows = await RawQuery.ExecuteAsync(_db, _db.RawCommands.WithCommit(wait, write.Sql), write.Values, cancellationToken);
        }
        catch (PostgresException e) when (write.OnKeptState && Conversations.OneTripTurn.Missed(e))
        {
            throw _db.Writes.Stale(e);
        }
        write.Written(rows);
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            // A kept state's hold is the transaction's: a command after it (a reply refused marks the conversation dead) takes none.
            (_db.Writes.CommitPending, _db.Writes.WithCommit, _db.Writes.OnKept) = (false, null, null);
            _db.Writes.Deferred.Clear();
            try
            {
                await _own.DisposeAsync();
            }
            finally
            {
                _db.Writes.LeaveGate();
                _writer?.Dispose();
            }
        }
        else if (!_done && !Deferred)
        {
            await _outer!.RollbackToSavepointAsync(Savepoint);
            RolledBack();
        }
        else if (!_done && _opened) await RollBackOpenedAsync();
        else if (!_done) _db.Writes.Deferred.DropFrom(_deferred);
    }

    // The command that set the savepoint may have failed before it reached the store: then there is none to roll back
    // to, and the turn's transaction fails as it would have without one, not hiding why.
    private async Task RollBackOpenedAsync()
    {
        try
        {
            await _outer!.RollbackToSavepointAsync(_name);
        }
        catch (System.Data.Common.DbException)
        {
        }
        RolledBack();
    }

    // What was put off since the savepoint goes with it; so does the conversation's hold when a turn on a kept state took
    // it in the store (its first read or write): the activity's mark, the reference and the lock. The turn takes it again.
    private void RolledBack()
    {
        _db.LocksRolledBack();
        _db.Writes.Deferred.DropFrom(_deferred);
        _db.Writes.OnKept ??= _unheld;
    }
}
