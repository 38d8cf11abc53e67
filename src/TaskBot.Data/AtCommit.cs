using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskBot.Data;

/// <summary>
/// A durable write whose rows nothing in the transaction reads back at once (a task's kept assessment, files handed to a
/// report) goes with the transaction's next command instead of a round trip of its own (PostgreSQL, in a transaction
/// that commits here): with the commit when nothing else comes first, as in a report's turn. Any other command sends
/// the writes put off before it runs (<see cref="TurnWriteInterceptor"/>), so the transaction reads what it wrote;
/// a store's savepoint rolled back takes back those put off since it was set (<see cref="StoreTransaction"/>), and any
/// savepoint (a store's, EF's around SaveChanges) is set after those put off before it (<see cref="Savepoints"/>).
/// </summary>
internal static partial class AtCommit
{
    /// <summary>Begins the command that sends the writes put off, which is not itself noted as a write.</summary>
    public const string Marker = "-- written at commit";

    /// <summary>Writes now, or puts the write off; either way the transaction counts it as durable.</summary>
    public static async Task WriteAsync(TaskBotDbContext db, string sql, object[] values, CancellationToken cancellationToken)
    {
        // A kept state's first write holds the conversation first (the interceptor does it for a write sent now).
        if (db is not PostgreSqlTaskBotDbContext || !db.Writes.CommitPending || db.Writes.OnKept is not null)
        {
            await RawQuery.ExecuteAsync(db, sql, values, cancellationToken);
            return;
        }
        db.WriteCount++;
        (db.Writes.WroteWriter, db.Writes.Durable) = (db.Writes.WroteWriter || TurnWriteInterceptor.MayWriteWriter(sql), true);
        db.Writes.Deferred.Add(sql, values);
    }

    /// <summary>Sends the writes put off, in a round trip of their own.</summary>
    public static async Task FlushAsync(TaskBotDbContext db, CancellationToken cancellationToken)
    {
        if (Take(db) is not { } writes) return;
        await RawQuery.ExecuteAsync(db, Marker + "\n" + writes.Sql, writes.Values, cancellationToken);
    }

    /// <inheritdoc cref="FlushAsync"/>
    public static void Flush(TaskBotDbContext db)
    {
        if (Take(db) is not { } writes) return;
        RawQuery.Execute(db, Marker + "\n" + writes.Sql, writes.Values);
    }

    /// <summary>The commit's own write with the writes put off before it, all in its round trip.</summary>
    public static CommitWrite? With(TaskBotDbContext db, CommitWrite? write)
    {
        if (Take(db, write?.Values.Length ?? 0) is not { } writes) return write;
        return write is null
            ? new CommitWrite(writes.Sql.TrimEnd().TrimEnd(';'), writes.Values, MaySkipDiskWait: false, _ => { })
            : write with { Sql = writes.Sql + write.Sql, Values = [.. write.Values, .. writes.Values] };
    }

    // Each statement in a WITH whose query returns no row: it adds nothing to the rows the command reports written,
    // which are the commit's own write's. Placeholders are numbered on after the first values.
    private static (string Sql, object[] Values)? Take(TaskBotDbContext db, int after = 0)
    {
        if (db.Writes.Deferred.Count == 0) return null;
        var (sql, values) = (new StringBuilder(), new List<object>());
        foreach (var (statement, own) in db.Writes.Deferred.TakeAll())
        {
            var offset = after + values.Count;
            var renumbered = Placeholder().Replace(statement, m => "{" + (int.Parse(m.Groups[1].ValueSpan) + offset) + "}");
            sql.Append("WITH written AS (\n").Append(renumbered).Append("\n) SELECT 1 WHERE FALSE;\n");
            values.AddRange(own);
        }
        return (sql.ToString(), [.. values]);
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}

/// <summary>Writes put off, in the order put off; each numbered, so that a savepoint's rollback drops those put off after it.</summary>
internal sealed class DeferredWrites
{
    private readonly List<(long Number, string Sql, object[] Values)> _writes = [];
    private long _next;

    public int Count => _writes.Count;

    /// <summary>The number the next write put off takes: a savepoint set now is after every write numbered below it.</summary>
    public long Next => _next;

    public void Add(string sql, object[] values) => _writes.Add((_next++, sql, values));

    public List<(string Sql, object[] Values)> TakeAll()
    {
        List<(string, object[])> all = [.. _writes.Select(w => (w.Sql, w.Values))];
        _writes.Clear();
        return all;
    }

    public void DropFrom(long number) => _writes.RemoveAll(w => w.Number >= number);

    public void Clear() => _writes.Clear();
}

/// <summary>Sends the writes put off before any savepoint is set (EF sets its own around SaveChanges in a transaction) and before a commit.</summary>
internal sealed class Savepoints : DbTransactionInterceptor
{
    public override InterceptionResult CreatingSavepoint(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Sent(eventData, result);

    public override ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) => SentAsync(eventData, result, cancellationToken);

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        Sent(eventData, result);

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) => SentAsync(eventData, result, cancellationToken);

    private static InterceptionResult Sent(TransactionEventData eventData, InterceptionResult result)
    {
        if (eventData.Context is TaskBotDbContext db) AtCommit.Flush(db);
        return result;
    }

    private static async ValueTask<InterceptionResult> SentAsync(TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken)
    {
        if (eventData.Context is TaskBotDbContext db) await AtCommit.FlushAsync(db, cancellationToken);
        return result;
    }
}
