using Npgsql;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data.Conversations;

/// <summary>
/// A turn run on the state this process kept (PostgreSQL): nothing is read before the dialog runs, and one command at
/// the end takes the conversation, writes the state where its version and the writer's rows are still those kept, marks
/// the activity handled, keeps the reference and commits. Where another turn moved the state (another instance, a
/// proactive write) or handled the activity, the command fails and nothing of the turn stays: it runs again, reading
/// (<see cref="StaleTurnException"/>). A turn that comes to write anything else first takes and checks the conversation
/// as a turn that read does (<see cref="HoldAsync"/>), and goes on as one.
/// </summary>
internal sealed class OneTripTurn(object[] values, KeptState kept)
{
    // A missed write leaves the mark's activity id null: the NOT NULL violation fails the command before its COMMIT.
    private static readonly string CommitSql = TurnSql.Lock + """

        WITH state AS (
            UPDATE "ConversationStates" SET "Json" = {12}, "Version" = {13}
            WHERE "ChannelId" = {0} AND "ConversationId" = {1} AND "Version" = {11}
                AND {10} = coalesce(
        """ + TurnSql.MemberVersion + """
            , '')
            RETURNING 1),
        kept AS (
        """ + TurnSql.KeepReference("EXISTS (SELECT 1 FROM state)") + """
        )
        INSERT INTO "ProcessedActivities" ("ChannelId", "ConversationId", "ActivityId", "ProcessedAt")
        VALUES ({0}, {1}, (SELECT {2} FROM state), {3})
        """;

    // No ON CONFLICT: an activity handled meanwhile fails the command (23505).
    private static readonly string HoldSql = $"-- {TurnWrites.Own}\n" + TurnSql.Lock + """

        WITH mark AS (
            INSERT INTO "ProcessedActivities" ("ChannelId", "ConversationId", "ActivityId", "ProcessedAt") VALUES ({0}, {1}, {2}, {3})),
        kept AS (
        """ + TurnSql.KeepReference("TRUE") + """
        )
        SELECT EXISTS (SELECT 1 FROM "ConversationStates" WHERE "ChannelId" = {0} AND "ConversationId" = {1} AND "Version" = {11})
            AND {10} = coalesce(
        """ + TurnSql.MemberVersion + ", '')";

    public KeptState Kept => kept;

    // Not bound: the empty text, which no member's version is.
    public object[] Values => [.. values, kept.Member ?? "", kept.Version];

    /// <summary>The turn's last command; <paramref name="saved"/> runs once it committed.</summary>
    public CommitWrite Commit(string json, bool maySkipDiskWait, Action saved) =>
        new(CommitSql, [.. Values, json, kept.Version + 1], maySkipDiskWait, _ => saved(), OnKeptState: true);

    /// <summary>Whether a failure of the turn's last command says another turn came first.</summary>
    public static bool Missed(PostgresException e) => e.SqlState is PostgresErrorCodes.NotNullViolation or PostgresErrorCodes.UniqueViolation;

    // The hold's statements before a read's own in its command; named so as not to meet the read's parameters.
    private static readonly string FoldedHoldSql = System.Text.RegularExpressions.Regex.Replace(HoldSql, @"\{(\d+)\}", "@turn$1") + ";\n";

    /// <summary>
    /// The turn's first read: the conversation taken, the activity marked and the kept state and writer checked in the
    /// read's own command, instead of in a round trip before the turn's first write (<see cref="HeldAsync"/> reads it).
    /// </summary>
    public void Fold(System.Data.Common.DbCommand command)
    {
        command.CommandText = FoldedHoldSql + command.CommandText;
        var values = Values;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("turn" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values[i]);
            command.Parameters.Add(parameter);
        }
    }

    /// <summary>The folded hold's results read, the reader left at the read's own; a turn that came first makes this one stale.</summary>
    public static async Task HeldAsync(TaskBotDbContext db, System.Data.Common.DbDataReader reader, CancellationToken cancellationToken)
    {
        Exception? failed;
        try
        {
            if (await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken) && reader.GetBoolean(0)
                && await reader.NextResultAsync(cancellationToken)) return;
            failed = db.Writes.Stale();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            failed = db.Writes.Stale(e);
        }
        catch (Exception e)
        {
            failed = e;
        }
        // Whoever sent the read gets no reader to dispose of: the connection is left free for the rollback.
        await reader.DisposeAsync();
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
    }

    /// <summary>
    /// Before the turn's first write of its own: the conversation taken, the activity marked, and the kept state and
    /// writer checked, as the first round trip of a turn that read would have done; the command waits for it.
    /// </summary>
    public async Task HoldAsync(TaskBotDbContext db, CancellationToken cancellationToken)
    {
        bool held;
        try
        {
            held = await RawQuery.FirstAsync(db, HoldSql, Values, row => row.GetBoolean(0), cancellationToken, skip: 1);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw db.Writes.Stale(e);
        }
        if (!held) throw db.Writes.Stale();
    }
}
