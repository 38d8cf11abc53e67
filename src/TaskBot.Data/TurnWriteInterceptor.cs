using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskBot.Data;

/// <summary>
/// Notes on each context's <see cref="TurnWrites"/> every command that may write something beyond a turn's bookkeeping:
/// anything but a plain SELECT, and a SELECT that modifies data (PostgreSQL's WITH … INSERT), unless it is marked as
/// bookkeeping. When in doubt a command counts as durable: the cost of a mistake that way is one wait for the disk.
/// The first write of a turn on a kept state waits until the turn holds its conversation (<see cref="Conversations.OneTripTurn"/>);
/// writes put off (<see cref="AtCommit"/>) go before any command that follows them.
/// </summary>
internal sealed partial class TurnWriteInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Note(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await NoteAsync(command, eventData, cancellationToken, reads: true);
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaskBotDbContext { Writes.Folded: not null } db)
        {
            db.Writes.Folded = null;
            await Conversations.OneTripTurn.HeldAsync(db, result, cancellationToken);
        }
        return result;
    }

    // A folded read that failed before its results (cancelled, or the connection lost while it waited for the lock): no
    // later read may take the hold's results for its own; the transaction it was in fails with it.
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaskBotDbContext db) db.Writes.Folded = null;
        return Task.CompletedTask;
    }

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TaskBotDbContext db) db.Writes.Folded = null;
        return Task.CompletedTask;
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Note(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await NoteAsync(command, eventData, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Note(command, eventData);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await NoteAsync(command, eventData, cancellationToken);
        return result;
    }

    // A synchronous write on a kept state is not checked first: the turn runs again, reading.
    private static void Note(DbCommand command, CommandEventData eventData)
    {
        if (eventData.Context is not TaskBotDbContext db || Sends(command)) return;
        AtCommit.Flush(db);
        if (!Note(db, command.CommandText)) return;
        throw db.Writes.Stale();
    }

    // A turn on a kept state that reads first takes its conversation in that read's command.
    private static async Task NoteAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken, bool reads = false)
    {
        if (eventData.Context is not TaskBotDbContext db || Sends(command)) return;
        await AtCommit.FlushAsync(db, cancellationToken);
        if (!Note(db, command.CommandText))
        {
            if (!reads || db.Writes.OnKept is not { } first) return;
            if (command.CommandText.StartsWith("-- " + TurnWrites.Own, StringComparison.Ordinal)) return;
            (db.Writes.OnKept, db.Writes.Folded) = (null, first);
            first.Fold(command);
            return;
        }
        var turn = db.Writes.OnKept!;
        db.Writes.OnKept = null;
        await turn.HoldAsync(db, cancellationToken);
    }

    // The command that sends the writes put off is not noted: they were, when put off.
    private static bool Sends(DbCommand command) => command.CommandText.StartsWith(AtCommit.Marker, StringComparison.Ordinal);

    /// <summary>
    /// Notes what the command may write; true when it is the first write or lock of a turn on a kept state, which takes
    /// the conversation first: locks are taken in the order a turn that read takes them, so none waits on the other.
    /// </summary>
    private static bool Note(TaskBotDbContext db, string sql)
    {
        if (sql.StartsWith("-- " + TurnWrites.Own, StringComparison.Ordinal)) return false;
        if (!Writes(sql)) return db.Writes.OnKept is not null && Locks().IsMatch(sql);
        db.WriteCount++;
        db.Writes.WroteWriter |= MayWriteWriter(sql);
        if (!db.Writes.Durable && !sql.StartsWith("-- " + TurnWrites.Bookkeeping, StringComparison.Ordinal)) db.Writes.Durable = true;
        return db.Writes.OnKept is not null;
    }

    private static bool Writes(string sql) => !PlainSelect().IsMatch(sql) || Modifies().IsMatch(sql);

    [GeneratedRegex(@"^\s*(--[^\n]*\n\s*)*SELECT\b")]
    private static partial Regex PlainSelect();

    // EF and TaskBot write SQL keywords in capitals and quote identifiers, so "UpdatedAt" is not UPDATE.
    [GeneratedRegex(@"\b(INSERT|UPDATE|DELETE|MERGE|COPY)\b")]
    private static partial Regex Modifies();

    /// <summary>A write that names a table of the writer's rows anywhere in it: when in doubt, it wrote them.</summary>
    internal static bool MayWriteWriter(string sql) => WriterRows().IsMatch(sql);

    [GeneratedRegex("\"(Member|Units|Leaders)\"")]
    private static partial Regex WriterRows();

    [GeneratedRegex(@"\bpg_(try_)?advisory_(xact_)?lock|\bFOR (NO KEY |KEY )?(UPDATE|SHARE)\b")]
    private static partial Regex Locks();
}
