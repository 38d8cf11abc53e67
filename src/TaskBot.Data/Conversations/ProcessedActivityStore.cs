using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Supervision;

namespace TaskBot.Data.Conversations;

public sealed class ProcessedActivityStore(TaskBotDbContext db, TimeProvider time, IConversationReferenceStore references,
    IConversationStateStore states, TurnMember member) : IProcessedActivityStore
{
    public async Task<TurnStart> BeginAsync(ConversationReference conversation, string activityId, bool keepReference, CancellationToken cancellationToken)
    {
        if (db.QueriesMayWrite) return await BeginInOneAsync(conversation, activityId, keepReference, cancellationToken);
        var (channelId, conversationId) = (conversation.ChannelId, conversation.Conversation.Id!);
        // INSERT … ON CONFLICT DO NOTHING is atomic on both SQLite and PostgreSQL: of two deliveries racing, one inserts.
        var first = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ProcessedActivities" ("ChannelId", "ConversationId", "ActivityId", "ProcessedAt") VALUES ({channelId}, {conversationId}, {activityId}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING""",
            cancellationToken) == 1;
        if (first && keepReference) await references.SaveAsync(conversation, cancellationToken);
        return new TurnStart(first, first ? await states.LoadAsync(channelId, conversationId, cancellationToken) : null);
    }

    private async Task<TurnStart> BeginInOneAsync(ConversationReference r, string activityId, bool keepReference, CancellationToken cancellationToken)
    {
        var (channelId, conversationId, now) = (r.ChannelId, r.Conversation.Id!, time.GetUtcNow());
        object[] values = [channelId, conversationId, activityId, now, r.User?.Id ?? (object)DBNull.Value, r.Conversation.IsGroup == true,
            ConversationReferenceStore.Json(r), keepReference, LockKeys.ConversationTurn, LockKeys.OfConversation(channelId, conversationId)];
        // The lock is a statement of its own, so the state is read (in the same round trip) after it is held.
        return await RawQuery.FirstAsync(db, """
            -- turn bookkeeping
            SELECT pg_advisory_xact_lock({8}, {9});
            WITH mark AS (
                INSERT INTO "ProcessedActivities" ("ChannelId", "ConversationId", "ActivityId", "ProcessedAt")
                VALUES ({0}, {1}, {2}, {3}) ON CONFLICT DO NOTHING RETURNING 1),
            kept AS (
                INSERT INTO "ConversationReferences" ("ChannelId", "ConversationId", "UserId", "IsGroup", "Json", "Dead", "UpdatedAt")
                SELECT {0}, {1}, {4}::text, {5}, {6}, FALSE, {3}
                WHERE {7} AND EXISTS (SELECT 1 FROM mark)
            """ + "\n" + ConversationReferenceStore.UpsertChanged + """
            )
            SELECT EXISTS (SELECT 1 FROM mark) AS "First", s."Json" AS "Json", s."Version" AS "Version",
                m."Id"::text || '/' || m.xmin::text || '/' || coalesce(u.xmin::text, '') || '/' || coalesce(l.xmin::text, '') AS "Member"
            FROM (SELECT 1) AS one LEFT JOIN "ConversationStates" AS s ON s."ChannelId" = {0} AND s."ConversationId" = {1}
            LEFT JOIN "Member" AS m ON m."ChannelId" = {0} AND m."UserId" = {4}::text
            LEFT JOIN "Units" AS u ON u."Id" = m."UnitId"
            LEFT JOIN "Leaders" AS l ON l."Id" = m."LeaderId"
            """, values, row => Start(row, r), cancellationToken, skip: 1);
    }

    /// <summary>Whether the activity is new and the conversation's state; and, for the viewer's look-up, the version of the writer's rows.</summary>
    private TurnStart Start(DbDataReader row, ConversationReference r)
    {
        var first = row.GetBoolean(0);
        if (first && r.User?.Id is { } userId) member.Saw(r.ChannelId, userId, row.IsDBNull(3) ? null : row.GetString(3));
        return new TurnStart(first, first && !row.IsDBNull(1) ? new StoredState(row.GetString(1), row.GetInt64(2)) : null);
    }
}
