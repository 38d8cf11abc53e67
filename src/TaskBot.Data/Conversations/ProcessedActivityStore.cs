using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Supervision;

namespace TaskBot.Data.Conversations;

public sealed class ProcessedActivityStore(TaskBotDbContext db, TimeProvider time, IConversationReferenceStore references,
    IConversationStateStore states, TurnMember member, KeptStates kept,
    ConversationGates gates) : IProcessedActivityStore
{
    private static readonly string BeginSql = $"-- {TurnWrites.Own}\n" + TurnSql.Lock + """

        WITH mark AS (
            INSERT INTO "ProcessedActivities" ("ChannelId", "ConversationId", "ActivityId", "ProcessedAt")
            VALUES ({0}, {1}, {2}, {3}) ON CONFLICT DO NOTHING RETURNING 1),
        kept AS (
        """ + TurnSql.KeepReference("EXISTS (SELECT 1 FROM mark)") + """
        )
        SELECT EXISTS (SELECT 1 FROM mark) AS "First", s."Json" AS "Json", s."Version" AS "Version",
        """ + TurnSql.MemberVersion + """
         AS "Member"
        FROM (SELECT 1) AS one LEFT JOIN "ConversationStates" AS s ON s."ChannelId" = {0} AND s."ConversationId" = {1}
        """;

    public async Task<TurnStart> BeginAsync(ConversationReference conversation, string activityId, bool keepReference, bool mayRunOnKept,
        TurnRerun? rerun, CancellationToken cancellationToken)
    {
        if (db.QueriesMayWrite)
        {
            db.Writes.AfterStale = rerun is not null;
            // Every turn of the conversation takes its turn here, not only those that may run on a kept state: a photo
            // or a rerun sent right after a text must not take the database lock before the text's kept turn does.
            if (db.Writes.CommitPending)
            {
                db.Writes.Gate ??= rerun?.TakeGate()
                    ?? await gates.EnterAsync(conversation.ChannelId, conversation.Conversation.Id!, cancellationToken);
                if (mayRunOnKept && OnKept(conversation, activityId, keepReference) is { } start) return start;
            }
            return await BeginInOneAsync(conversation, activityId, keepReference, cancellationToken);
        }
        var (channelId, conversationId) = (conversation.ChannelId, conversation.Conversation.Id!);
        // INSERT … ON CONFLICT DO NOTHING is atomic on both SQLite and PostgreSQL: of two deliveries racing, one inserts.
        var first = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ProcessedActivities" ("ChannelId", "ConversationId", "ActivityId", "ProcessedAt")
                VALUES ({channelId}, {conversationId}, {activityId}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING
            """,
            cancellationToken) == 1;
        if (first && keepReference) await references.SaveAsync(conversation, cancellationToken);
        return new TurnStart(first, first ? await states.LoadAsync(channelId, conversationId, cancellationToken) : null);
    }

    /// <summary>The state this process kept for the conversation, if its writer writes again: no round trip.</summary>
    private TurnStart? OnKept(ConversationReference r, string activityId, bool keepReference)
    {
        if (r.User?.Id is not { } userId || kept.Take(r.ChannelId, r.Conversation.Id!) is not { } state
            || state.UserId != userId) return null;
        db.Writes.OnKept = new OneTripTurn(TurnSql.Values(r, activityId, keepReference, time.GetUtcNow()), state);
        db.Writes.Writer = (userId, state.Member);
        member.Saw(r.ChannelId, userId, state.Member);
        return new TurnStart(true, new StoredState(state.Json, state.Version));
    }

    private Task<TurnStart> BeginInOneAsync(ConversationReference r, string activityId, bool keepReference, CancellationToken cancellationToken) =>
        RawQuery.FirstAsync(db, BeginSql, TurnSql.Values(r, activityId, keepReference, time.GetUtcNow()), row => Start(row, r),
            cancellationToken, skip: 1);

    /// <summary>Whether the activity is new and the conversation's state; and, for the viewer's look-up, the version of the writer's rows.</summary>
    private TurnStart Start(DbDataReader row, ConversationReference r)
    {
        var first = row.GetBoolean(0);
        if (first && r.User?.Id is { } userId)
        {
            var version = row.IsDBNull(3) ? null : row.GetString(3);
            member.Saw(r.ChannelId, userId, version);
            db.Writes.Writer = (userId, version);
        }
        return new TurnStart(first, first && !row.IsDBNull(1) ? new StoredState(row.GetString(1), row.GetInt64(2)) : null);
    }
}
