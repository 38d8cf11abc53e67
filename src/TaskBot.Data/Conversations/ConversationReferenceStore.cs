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

    public async Task<ConversationReference?> FindPersonalAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var json = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.UserId == userId && !r.IsGroup && !r.Dead)
            .OrderByDescending(r => r.Id).Select(r => r.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ActivityJson.Deserialize<ConversationReference>(json);
    }

    public Task MarkDeadAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Dead, true).SetProperty(r => r.UpdatedAt, time.GetUtcNow()), cancellationToken);
}
