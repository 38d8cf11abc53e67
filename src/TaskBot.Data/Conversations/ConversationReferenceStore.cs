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
            INSERT INTO "ConversationReferences" ("ChannelId", "ConversationId", "Json", "Dead", "UpdatedAt")
            VALUES ({reference.ChannelId}, {reference.Conversation.Id}, {json}, {false}, {time.GetUtcNow()})
            ON CONFLICT ("ChannelId", "ConversationId") DO UPDATE SET "Json" = excluded."Json", "Dead" = excluded."Dead", "UpdatedAt" = excluded."UpdatedAt"
            """, cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var record = await db.ConversationReferences.AsNoTracking()
            .SingleOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId && !r.Dead, cancellationToken);
        return record is null ? null : ActivityJson.Deserialize<ConversationReference>(record.Json);
    }

    public Task MarkDeadAsync(string channelId, string conversationId, CancellationToken cancellationToken) =>
        db.ConversationReferences.Where(r => r.ChannelId == channelId && r.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Dead, true).SetProperty(r => r.UpdatedAt, time.GetUtcNow()), cancellationToken);
}
