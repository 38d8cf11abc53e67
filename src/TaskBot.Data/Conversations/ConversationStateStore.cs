using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data.Conversations;

public sealed class ConversationStateStore(TaskBotDbContext db) : IConversationStateStore
{
    public async Task<StoredState?> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var record = await db.ConversationStates.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ChannelId == channelId && s.ConversationId == conversationId, cancellationToken);
        return record is null ? null : new StoredState(record.Json, record.Version);
    }

    public async Task<bool> SaveAsync(string channelId, string conversationId, string json, long? expectedVersion, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
            return await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "ConversationStates" ("ChannelId", "ConversationId", "Json", "Version") VALUES ({channelId}, {conversationId}, {json}, {1L}) ON CONFLICT DO NOTHING""",
                cancellationToken) == 1;
        return await db.ConversationStates
            .Where(s => s.ChannelId == channelId && s.ConversationId == conversationId && s.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Json, json).SetProperty(r => r.Version, expectedVersion + 1), cancellationToken) == 1;
    }
}
