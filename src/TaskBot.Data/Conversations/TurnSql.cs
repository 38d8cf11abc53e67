using TaskBot.BotFramework.Schema;

namespace TaskBot.Data.Conversations;

/// <summary>
/// What a turn's own statements share: their values ({0} to {9}), the reference kept when it changed, and the version of
/// the writer's rows (member, unit, leader) by which a kept viewer, or a kept state, is known to be still good.
/// </summary>
internal static class TurnSql
{
    public static object[] Values(ConversationReference r, string activityId, bool keepReference, DateTimeOffset now) =>
    [
        r.ChannelId, r.Conversation.Id!, activityId, now, r.User?.Id ?? (object)DBNull.Value, r.Conversation.IsGroup == true,
        ConversationReferenceStore.Json(r), keepReference, LockKeys.ConversationTurn, LockKeys.OfConversation(r.ChannelId, r.Conversation.Id!),
    ];

    /// <summary>A statement of its own, so that what follows it in the command reads after it is held.</summary>
    public const string Lock = """SELECT pg_advisory_xact_lock({8}, {9});""";

    /// <summary>The reference's upsert, where <paramref name="condition"/> holds and it was asked for.</summary>
    public static string KeepReference(string condition) => """
        INSERT INTO "ConversationReferences" ("ChannelId", "ConversationId", "UserId", "IsGroup", "Json", "Dead", "UpdatedAt")
        SELECT {0}, {1}, {4}::text, {5}, {6}, FALSE, {3}
        """ + "\nWHERE {7} AND " + condition + "\n" + ConversationReferenceStore.UpsertChanged;

    public const string MemberVersion = """
        (SELECT m."Id"::text || '/' || m.xmin::text || '/' || coalesce(u.xmin::text, '') || '/' || coalesce(l.xmin::text, '')
         FROM "Member" AS m LEFT JOIN "Units" AS u ON u."Id" = m."UnitId" LEFT JOIN "Leaders" AS l ON l."Id" = m."LeaderId"
         WHERE m."ChannelId" = {0} AND m."UserId" = {4}::text)
        """;
}
