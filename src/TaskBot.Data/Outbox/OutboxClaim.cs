using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TaskBot.Data.Outbox;

/// <summary>
/// A sender's claim as one command in the open transaction: mark the messages it sent, renew its leases, take the
/// claim lock, claim the next ones. Run together, a claim costs one round trip and the commit, however many statements
/// it holds: on a busy machine each round trip waits for the database process to be scheduled, and the sender's free
/// slots wait with it. On PostgreSQL the ids go as arrays, so each statement's text is the same every time and is
/// prepared once per connection: planning the claim anew cost PostgreSQL as much as running it.
/// </summary>
internal static class OutboxClaim
{
    // Serialises claims across instances, so that two never take messages for the same destination at once.
    private const int ClaimLock = 0x7461736b;

    // A prepared claim kept being planned anew at each call (its generic plan's estimate, for an unknown LIMIT, was
    // above the custom plans'): a fifth of PostgreSQL's CPU in a drain. The generic plan has the same shape.
    private const string GenericPlans = "SET LOCAL plan_cache_mode = force_generic_plan;";

    // What sending a message and telling the office about it need; the rest of the row stays in the table. The payload
    // comes as its UTF-8 bytes, which the send posts: read as text it was decoded and encoded again, 1–2 KB a message.
    private static string Returned(bool postgres) =>
        $""" "Id", "Kind", "Recipient", "Destination", {(postgres ? "convert_to(\"Payload\", 'UTF8')" : "CAST(\"Payload\" AS BLOB)")}, """
        + """ "Summary", "Attempts", "ClaimedUntilMs" """;

    /// <param name="held">What the sender still holds (claimed, being sent): never claimed again by it, however long a
    /// send or a claim took.</param>
    /// <param name="renew">Those of them whose leases are renewed.</param>
    public static async Task<List<OutboxRecord>> RunAsync(TaskBotDbContext db, IReadOnlyList<long> sent, IReadOnlyList<long> held,
        IReadOnlyList<long> renew, OutboxClaimant sender, int max, TimeSpan lease, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var postgres = db is PostgreSqlTaskBotDbContext;
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var ids = new IdLists(command, postgres);
        var sql = new StringBuilder();
        if (postgres) sql.AppendLine(AsynchronousCommit.Sql).AppendLine(GenericPlans);
        if (sent.Count > 0)
            sql.AppendLine($"""
                UPDATE "Outbox" SET "Status" = {(int)OutboxStatus.Sent}, "SentAt" = {ids.Parameter(now)}, "ClaimedUntilMs" = NULL
                WHERE "Id" {ids.In(sent)};
                """);
        var until = ids.Parameter(now.ToUnixTimeMilliseconds() + (long)lease.TotalMilliseconds);
        var me = ids.Parameter(sender.Name);
        if (renew.Count > 0)
            sql.AppendLine($"""UPDATE "Outbox" SET "ClaimedUntilMs" = {until} WHERE "Id" {ids.In(renew)} AND "Status" = 0 AND "ClaimedBy" = {me};""");
        if (max > 0)
        {
            if (postgres) sql.AppendLine($"SELECT pg_advisory_xact_lock({ClaimLock}, 0);");
            sql.AppendLine(ClaimSql(ids, me, until, held, max, now.ToUnixTimeMilliseconds(), Returned(postgres), ids.NotLike(sender.Leaves)));
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

    // The oldest pending message of each destination, when it is due and not in flight: a message waiting for its
    // retry holds its destination's later ones back, so that a conversation's messages arrive in the order queued. The
    // pending-only index is read in order until enough are found, one look-up by destination each: a destination with
    // many messages waiting (a group robot at its per-minute limit) costs a claim a look-up each, and holds no other back.
    private static string ClaimSql(IdLists ids, string me, string until, IReadOnlyList<long> held, int max, long now, string returned,
        string left)
    {
        var at = ids.Parameter(now);
        var heldIds = ids.Array(held);
        return $"""
            UPDATE "Outbox" SET "ClaimedUntilMs" = {until}, "ClaimedBy" = {me}, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT c."Id" FROM "Outbox" c
                WHERE c."Status" = 0 AND c."DueAtMs" <= {at} AND (c."ClaimedUntilMs" IS NULL OR c."ClaimedUntilMs" < {at})
                    AND c."Id" {ids.NotIn(heldIds)} {left}
                    AND NOT EXISTS (SELECT 1 FROM "Outbox" b WHERE b."Destination" = c."Destination" AND b."Status" = 0 AND b."Id" <> c."Id"
                        AND (b."Id" < c."Id" OR b."ClaimedUntilMs" >= {at} OR b."Id" {ids.In(heldIds)}))
                ORDER BY c."Id" LIMIT {ids.Parameter(max)})
            RETURNING {returned};
            """;
    }

    private static OutboxRecord Read(DbDataReader row) => new()
    {
        Id = row.GetInt64(0),
        Kind = row.GetString(1),
        Recipient = row.GetString(2),
        Destination = row.GetString(3),
        PayloadUtf8 = row.GetFieldValue<byte[]>(4),
        Summary = row.GetString(5),
        Attempts = row.GetInt32(6),
        ClaimedUntilMs = row.IsDBNull(7) ? null : row.GetInt64(7),
        Status = OutboxStatus.Pending,
    };

    /// <summary>Parameters, and lists of ids: one array parameter on PostgreSQL, a parameter each on SQLite.</summary>
    private sealed class IdLists(DbCommand command, bool arrays)
    {
        /// <summary>A list to use twice: an array parameter, or the parameters' names joined.</summary>
        public string Array(IReadOnlyList<long> ids) =>
            arrays ? Parameter(ids.ToArray())
            // No id is negative: "-1" stands for none (NOT IN (NULL) would match nothing).
            : ids.Count == 0 ? "-1" : string.Join(", ", ids.Select(id => Parameter(id)));

        public string In(IReadOnlyList<long> ids) => In(Array(ids));
        public string In(string list) => arrays ? $"= ANY({list})" : $"IN ({list})";
        public string NotIn(string list) => arrays ? $"<> ALL({list})" : $"NOT IN ({list})";

        /// <summary>The candidate's destination matches none of the patterns (PostgreSQL: always there, so that the
        /// statement's text stays the same).</summary>
        public string NotLike(IReadOnlyList<string> patterns) =>
            arrays ? $"AND NOT (c.\"Destination\" LIKE ANY({Parameter(patterns.ToArray())}))"
            : string.Concat(patterns.Select(p => $"AND c.\"Destination\" NOT LIKE {Parameter(p)} "));

        public string Parameter(object value)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@c{command.Parameters.Count}";
            p.Value = value;
            command.Parameters.Add(p);
            return p.ParameterName;
        }
    }
}
