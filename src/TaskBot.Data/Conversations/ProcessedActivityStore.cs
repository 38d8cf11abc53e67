using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data.Conversations;

public sealed class ProcessedActivityStore(TaskBotDbContext db, TimeProvider time) : IProcessedActivityStore
{
    // INSERT … ON CONFLICT DO NOTHING is atomic on both SQLite and PostgreSQL: of two deliveries racing, one inserts.
    public async Task<bool> TryBeginAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ProcessedActivities" ("ChannelId", "ConversationId", "ActivityId", "ProcessedAt") VALUES ({channelId}, {conversationId}, {activityId}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING""",
            cancellationToken) == 1;
}
