using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data.Conversations;

public sealed class ConversationReferenceStore(TaskBotDbContext db, TimeProvider time) : IConversationReferenceStore
{
    /// <summary>
    /// The end of an upsert of a reference: a row is rewritten only when the reference changed (a new service URL, another
    /// user in a group) or was dead, so that most turns leave it alone.
    /// </summary>
    internal const string UpsertChanged = """
        ON CONFLICT ("ChannelId", "ConversationId") DO UPDATE SET "UserId" = excluded."UserId", "IsGroup" = excluded."IsGroup",
            "Json" = excluded."Json", "Dead" = excluded."Dead", "UpdatedAt" = excluded."UpdatedAt"
        WHERE "ConversationReferences"."Json" <> excluded."Json" OR "ConversationReferences"."Dead"
        """;

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        object[] values = [reference.ChannelId, reference.Conversation.Id!, reference.User?.Id ?? (object)DBNull.Value,
            reference.Conversation.IsGroup == true, Json(reference), false, time.GetUtcNow()];
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO "ConversationReferences" ("ChannelId", "ConversationId", "UserId", "IsGroup", "Json", "Dead", "UpdatedAt")
            VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6})
            """ + "\n" + UpsertChanged, values, cancellationToken);
    }

    /// <summary>The reference as kept: without the activity it came with, which changes every turn and no one reads.</summary>
    internal static string Json(ConversationReference r) => ActivityJson.Serialize(new ConversationReference
    {
        ChannelId = r.ChannelId, ServiceUrl = r.ServiceUrl, Conversation = r.Conversation, Bot = r.Bot, User = r.User, Locale = r.Locale,
    });

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var record = await db.ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId && !r.Dead, cancellationToken);
        return record is null ? null : ActivityJson.Deserialize<ConversationReference>(record.Json);
    }

    public async Task<IReadOnlyDictionary<string, ConversationReference>> FindPersonalAsync(string channelId, IReadOnlyCollection<string> userIds,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ConversationReference>(StringComparer.Ordinal);
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            var rows = await db.ConversationReferences.AsNoTracking()
                .Where(r => r.ChannelId == channelId && chunk.Contains(r.UserId) && !r.IsGroup && !r.Dead)
                .OrderBy(r => r.Id).Select(r => new { r.UserId, r.Json }).ToListAsync(cancellationToken);
            foreach (var row in rows) found[row.UserId!] = ActivityJson.Deserialize<ConversationReference>(row.Json)!;
        }
        return found;
    }

    public Task MarkDeadAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Dead, true).SetProperty(r => r.UpdatedAt, time.GetUtcNow()), cancellationToken);
}
