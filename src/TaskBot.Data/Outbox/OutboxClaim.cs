using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TaskBot.Data.Outbox;

/// <summary>
/// A sender's claim as one command in the open transaction: mark the messages it sent, take the claim lock, claim the
/// next ones. Run together, a claim costs one round trip and the commit, however many statements it holds: on a busy
/// machine each round trip waits for the database process to be scheduled, and the sender's free slots wait with it.
/// </summary>
internal static class OutboxClaim
{
    // Serialises claims across instances, so that two never take messages for the same destination at once.
    private const int ClaimLock = 0x7461736b;
    // A claim looks past this many more than it takes: a conversation's queued replies wait behind its oldest.
    private const int CandidatesBeyond = 128;

    // What sending a message and telling the office about it need; the rest of the row stays in the table.
    private const string Returned = """ "Id", "Kind", "Recipient", "Destination", "Payload", "Summary", "Attempts", "ClaimedUntilMs" """;

    /// <param name="held">What the sender still holds (claimed, being sent, sent and not yet recorded): their leases are
    /// renewed and they are never claimed again by it, however long a send or a claim took.</param>
    public static async Task<List<OutboxRecord>> RunAsync(TaskBotDbContext db, IReadOnlyList<long> sent, IReadOnlyList<long> held, string sender,
        int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var postgres = db is PostgreSqlTaskBotDbContext;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var sql = new StringBuilder();
        if (postgres) sql.AppendLine(AsynchronousCommit.Sql);
        if (sent.Count > 0)
            sql.AppendLine($"""
                UPDATE "Outbox" SET "Status" = {(int)OutboxStatus.Sent}, "SentAt" = {Parameter(command, now)}, "ClaimedUntilMs" = NULL
                WHERE "Id" IN ({string.Join(", ", sent.Select(id => Parameter(command, id)))});
                """);
        // No id is negative: "-1" stands for none (NOT IN (NULL) would match nothing).
        var heldIds = held.Count == 0 ? "-1" : string.Join(", ", held.Select(id => Parameter(command, id)));
        var until = Parameter(command, now.ToUnixTimeMilliseconds() + (long)lease.TotalMilliseconds);
        var me = Parameter(command, sender);
        if (held.Count > 0)
            sql.AppendLine($"""UPDATE "Outbox" SET "ClaimedUntilMs" = {until} WHERE "Id" IN ({heldIds}) AND "Status" = 0 AND "ClaimedBy" = {me};""");
        if (max > 0)
        {
            if (postgres) sql.AppendLine($"SELECT pg_advisory_xact_lock({ClaimLock}, 0);");
            sql.AppendLine(ClaimSql(command, me, until, heldIds, max, now.ToUnixTimeMilliseconds()));
        }
        command.CommandText = sql.ToString();
        var claimed = new List<OutboxRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        do
        {
            if (reader.FieldCount < 8) continue;
            while (await reader.ReadAsync(cancellationToken)) claimed.Add(Read(reader));
        }
        while (await reader.NextResultAsync(cancellationToken));
        return claimed;
    }

    // The oldest due message of each destination that has none in flight. Only the oldest pending messages (a few
    // claims' worth, by the pending-only index) are looked at, so a claim costs the same with 10 or 100,000 queued.
    private static string ClaimSql(DbCommand command, string me, string until, string heldIds, int max, long now)
    {
        var at = Parameter(command, now);
        var candidates = max + CandidatesBeyond;
        return $"""
            UPDATE "Outbox" SET "ClaimedUntilMs" = {until}, "ClaimedBy" = {me}, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM (
                    SELECT c."Id", row_number() OVER (PARTITION BY c."Destination" ORDER BY c."Id") AS "Rank"
                    FROM (
                        SELECT "Id", "Destination" FROM "Outbox"
                        WHERE "Status" = 0 AND "DueAtMs" <= {at} AND ("ClaimedUntilMs" IS NULL OR "ClaimedUntilMs" < {at})
                            AND "Id" NOT IN ({heldIds})
                        ORDER BY "Id" LIMIT {candidates}
                    ) AS c
                    WHERE NOT EXISTS (SELECT 1 FROM "Outbox" b WHERE b."Destination" = c."Destination" AND b."Status" = 0
                        AND (b."ClaimedUntilMs" >= {at} OR b."Id" IN ({heldIds})))
                ) AS ready
                WHERE ready."Rank" = 1 ORDER BY ready."Id" LIMIT {max})
            RETURNING {Returned};
            """;
    }

    private static OutboxRecord Read(DbDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Kind = row.GetString(1),
        Recipient = row.GetString(2),
        Destination = row.GetString(3),
        Payload = row.GetString(4),
        Summary = row.GetString(5),
        Attempts = row.GetInt32(6),
        ClaimedUntilMs = row.IsDBNull(7) ? null : row.GetInt64(7),
        Status = OutboxStatus.Pending,
    };

    private static string Parameter(DbCommand command, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = $"@c{command.Parameters.Count}";
        p.Value = value;
        command.Parameters.Add(p);
        return p.ParameterName;
    }
}
