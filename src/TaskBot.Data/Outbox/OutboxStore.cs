using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TaskBot.Data.Outbox;

/// <summary>The outbox: queue once per key, claim what is due (one per destination), record what became of it.</summary>
public sealed class OutboxStore(TaskBotDbContext db, TimeProvider time)
{
    private const int RowsPerInsert = 200;

    public IQueryable<OutboxRecord> Records => db.Set<OutboxRecord>().AsNoTracking();

    /// <summary>Queues the messages whose key is new, in one transaction; returns how many were new.</summary>
    public async Task<int> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return 0;
        // Inside a turn (a notice for the office) the rows join the turn's transaction.
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        var connection = db.Database.GetDbConnection();
        var inserted = 0;
        foreach (var chunk in messages.Chunk(RowsPerInsert))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = InsertSql(command, chunk, time.GetUtcNow());
            inserted += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    /// <summary>The keys already queued for these kinds and occasions: what a dry run would not send again.</summary>
    public async Task<IReadOnlySet<string>> QueuedKeysAsync(IReadOnlyCollection<string> kinds, IReadOnlyCollection<string> occasions,
        CancellationToken cancellationToken)
    {
        var rows = await Records.Where(r => kinds.Contains(r.Kind) && occasions.Contains(r.Occasion))
            .Select(r => new { r.Kind, r.Occasion, r.Subject, r.Recipient }).ToListAsync(cancellationToken);
        return rows.Select(r => $"{r.Kind}/{r.Occasion}/{r.Subject}/{r.Recipient}").ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>How many of the messages of these kinds and occasions stand in each state, whoever sent them.</summary>
    public async Task<IReadOnlyDictionary<OutboxStatus, int>> StatesAsync(IReadOnlyCollection<string> kinds, IReadOnlyCollection<string> occasions,
        CancellationToken cancellationToken) =>
        await Records.Where(r => kinds.Contains(r.Kind) && occasions.Contains(r.Occasion)).GroupBy(r => r.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>Whether a message for a destination like <paramref name="pattern"/> has been due since before
    /// <paramref name="dueBeforeMs"/>.</summary>
    public Task<bool> HasWaitedAsync(string pattern, long dueBeforeMs, CancellationToken cancellationToken) =>
        Records.AnyAsync(r => r.Status == OutboxStatus.Pending && r.DueAtMs < dueBeforeMs && EF.Functions.Like(r.Destination, pattern),
            cancellationToken);

    /// <summary>Subject → when it was first queued, for one kind and occasion (which units were nudged this week, and when).</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> FirstQueuedAsync(string kind, string occasion, CancellationToken cancellationToken)
    {
        var rows = await Records.Where(r => r.Kind == kind && r.Occasion == occasion).Select(r => new { r.Subject, r.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Subject).ToDictionary(g => g.Key, g => g.Min(r => r.CreatedAt));
    }

    /// <summary>
    /// One transaction: records what became of the messages this sender tried (<paramref name="outcomes"/>), then takes
    /// up to <paramref name="max"/> due messages until the lease ends: the oldest of each destination that has none in
    /// flight, so a destination's messages go in order. A message recorded here frees its destination for this very
    /// claim. A sender that dies leaves its claims to expire and be taken again. The commit does not wait for the disk
    /// (<see cref="AsynchronousCommit"/>): a database crash may at worst send its messages again.
    /// </summary>
    /// <param name="held">The messages this sender still holds, claimed and not yet recorded: it never claims them again.</param>
    /// <param name="renew">Those of them whose leases are renewed.</param>
    public async Task<IReadOnlyList<OutboxRecord>> RecordAndClaimAsync(IReadOnlyList<OutboxOutcome> outcomes, IReadOnlyList<long> held,
        IReadOnlyList<long> renew, OutboxClaimant sender, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        if (outcomes.Count == 0 && max <= 0) return [];
        var now = time.GetUtcNow();
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        foreach (var o in outcomes.Where(o => o.Status != OutboxStatus.Sent))
            await db.Set<OutboxRecord>().Where(r => r.Id == o.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, o.Status).SetProperty(r => r.LastError, o.Error).SetProperty(r => r.ClaimedUntilMs, (long?)null)
                .SetProperty(r => r.DueAtMs, r => o.RetryAtMs ?? r.DueAtMs)
                .SetProperty(r => r.Attempts, r => o.Uncounted ? r.Attempts - 1 : r.Attempts), cancellationToken);
        var sent = outcomes.Where(o => o.Status == OutboxStatus.Sent).Select(o => o.Id).ToList();
        var claimed = await OutboxClaim.RunAsync(db, sent, held, renew, sender, max, lease, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [.. claimed.OrderBy(r => r.Id)];
    }

    private static string InsertSql(DbCommand command, IEnumerable<OutboxMessage> rows, DateTimeOffset now)
    {
        var sql = new StringBuilder("""INSERT INTO "Outbox" ("Kind", "Occasion", "Subject", "Recipient", "Destination", "Payload", "Summary","""
            + """ "Status", "Attempts", "DueAtMs", "CreatedAt") VALUES """);
        var i = 0;
        foreach (var m in rows)
        {
            if (i > 0) sql.Append(", ");
            sql.Append('(');
            sql.AppendJoin(", ", new object[]
                {
                    m.Kind, m.Occasion, m.Subject, m.Recipient, m.Destination, m.Payload, m.Summary, 0, 0, now.ToUnixTimeMilliseconds(), now,
                }
                .Select(value => Parameter(command, $"p{i++}", value)));
            sql.Append(')');
        }
        return sql.Append(""" ON CONFLICT ("Kind", "Occasion", "Subject", "Recipient") DO NOTHING""").ToString();
    }

    private static string Parameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = "@" + name;
        p.Value = value;
        command.Parameters.Add(p);
        return p.ParameterName;
    }
}
