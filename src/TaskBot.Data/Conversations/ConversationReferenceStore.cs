using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data.Conversations;

public sealed class ConversationReferenceStore(TaskBotDbContext db, TimeProvider time) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var json = ActivityJson.Serialize(reference);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ConversationReferences" ("ChannelId", "ConversationId", "UserId", "IsGroup", "Json", "Dead", "UpdatedAt")
            VALUES ({reference.ChannelId}, {reference.Conversation.Id}, {reference.User?.Id}, {reference.Conversation.IsGroup == true}, {json}, {false}, {time.GetUtcNow()})
            ON CONFLICT ("ChannelId", "ConversationId") DO UPDATE SET "UserId" = excluded."UserId", "IsGroup" = excluded."IsGroup",
                "Json" = excluded."Json", "Dead" = excluded."Dead", "UpdatedAt" = excluded."UpdatedAt"
            """, cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var record = await db.ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId && !r.Dead, cancellationToken);
        return record is null ? null : ActivityJson.Deserialize<ConversationReference>(record.Json);
    }

    public async Task<IReadOnlyDictionary<string, ConversationReference>> FindPersonalAsync(string channelId, IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
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
