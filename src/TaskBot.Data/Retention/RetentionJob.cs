using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TaskBot.Data.Retention;

/// <summary>
/// Deletes conversation data past its retention period. Plain SQL with the cut-off as a parameter: both providers
/// compare the stored times correctly (PostgreSQL natively, SQLite as UTC text), which LINQ cannot on SQLite.
/// </summary>
public sealed class RetentionJob(TaskBotDbContext db, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionJob> log)
{
    private const string DirectLineChannel = "directline";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var activities = await DeleteDirectLineAsync(now - o.DirectLineActivities, cancellationToken);
        var marks = await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "ProcessedActivities" WHERE "ProcessedAt" < {now - o.ProcessedActivities}""", cancellationToken);
        var states = await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM "ConversationStates" WHERE EXISTS (SELECT 1 FROM "ConversationReferences" r
                WHERE r."ChannelId" = "ConversationStates"."ChannelId" AND r."ConversationId" = "ConversationStates"."ConversationId"
                AND r."Dead" AND r."UpdatedAt" < {now - o.DeadConversations})
            """, cancellationToken);
        log.LogInformation(
            "Retention deleted {Activities} Direct Line activities, {Marks} processed-activity marks, {States} dead conversation states",
            activities, marks, states);
    }

    private async Task<int> DeleteDirectLineAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var deleted = await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "DirectLineActivities" WHERE "CreatedAt" < {before}""", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "DirectLineAttachments" WHERE "CreatedAt" < {before}""", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM "ConversationStates" WHERE "ChannelId" = {DirectLineChannel}
                AND "ConversationId" IN (SELECT c."Id" FROM "DirectLineConversations" c
                WHERE c."CreatedAt" < {before} AND NOT EXISTS (SELECT 1 FROM "DirectLineActivities" a WHERE a."ConversationId" = c."Id"))
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM "ConversationReferences" WHERE "ChannelId" = {DirectLineChannel}
                AND "ConversationId" IN (SELECT c."Id" FROM "DirectLineConversations" c
                WHERE c."CreatedAt" < {before} AND NOT EXISTS (SELECT 1 FROM "DirectLineActivities" a WHERE a."ConversationId" = c."Id"))
            """, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM "DirectLineConversations" WHERE "CreatedAt" < {before}
                AND NOT EXISTS (SELECT 1 FROM "DirectLineActivities" a WHERE a."ConversationId" = "DirectLineConversations"."Id")
            """, cancellationToken);
        return deleted;
    }
}
