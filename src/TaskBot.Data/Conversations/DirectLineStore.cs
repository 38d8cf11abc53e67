using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Data.Conversations;

public sealed class DirectLineStore(TaskBotDbContext db, TimeProvider time) : IDirectLineStore
{
    private const string KeyName = "directline-token-key";

    public async Task<byte[]> SigningKeyAsync(CancellationToken cancellationToken)
    {
        var key = await db.Secrets.AsNoTracking().Where(s => s.Name == KeyName).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        if (key is not null) return key;
        // Two instances starting at once: the first insert wins and both read it back.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Secrets" ("Name", "Value") VALUES ({KeyName}, {RandomNumberGenerator.GetBytes(32)}) ON CONFLICT DO NOTHING""",
            cancellationToken);
        return await db.Secrets.AsNoTracking().Where(s => s.Name == KeyName).Select(s => s.Value).SingleAsync(cancellationToken);
    }

    public async Task CreateConversationAsync(string conversationId, string userId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "DirectLineConversations" ("Id", "UserId", "CreatedAt") VALUES ({conversationId}, {userId}, {time.GetUtcNow()})
                ON CONFLICT DO NOTHING
            """,
            cancellationToken);

    public Task<bool> ConversationExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, cancellationToken);

    public async Task<long> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id ??= DirectLineConversations.NewActivityId(conversationId);
        var json = ActivityJson.Serialize(activity);
        var record = new DirectLineActivityRecord
        {
            ConversationId = conversationId, ActivityId = activity.Id, Json = json, Bytes = Encoding.UTF8.GetByteCount(json),
            CreatedAt = time.GetUtcNow(),
        };
        // One append at a time per conversation, on every instance, until the transaction ends (a turn's, when the
        // bot answers): watermarks then commit in their order, and a stream reading the transcript skips none.
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        await db.LockAsync(LockKeys.DirectLineConversation, LockKeys.Of(conversationId), cancellationToken);
        db.DirectLineActivities.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
        return record.Id;
    }

    public async Task<bool> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = activityId;
        var json = ActivityJson.Serialize(activity);
        var bytes = Encoding.UTF8.GetByteCount(json);
        return await db.DirectLineActivities.Where(a => a.ConversationId == conversationId && a.ActivityId == activityId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Json, json).SetProperty(a => a.Bytes, bytes), cancellationToken) == 1;
    }

    public async Task<(int Activities, long Bytes)> UsageAsync(string conversationId, CancellationToken cancellationToken)
    {
        var usage = await db.DirectLineActivities.Where(a => a.ConversationId == conversationId)
            .GroupBy(a => a.ConversationId).Select(g => new { Count = g.Count(), Bytes = g.Sum(a => (long)a.Bytes) })
            .SingleOrDefaultAsync(cancellationToken);
        return usage is null ? (0, 0) : (usage.Count, usage.Bytes);
    }

    public async Task<IReadOnlyList<(Activity Activity, long Watermark)>> ActivitiesAsync(string conversationId, long after,
        CancellationToken cancellationToken)
    {
        var records = await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Id > after).OrderBy(a => a.Id).Take(500)
            .ToListAsync(cancellationToken);
        return [.. records.Select(r => (ActivityJson.Deserialize<Activity>(r.Json)!, r.Id))];
    }

    public async Task<string> SaveAttachmentAsync(string conversationId, DirectLineFile file, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        db.Add(new DirectLineAttachmentRecord
        {
            Id = id, ConversationId = conversationId, Name = file.Name, ContentType = file.ContentType, Content = file.Content,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return id;
    }

    public async Task<DirectLineFile?> AttachmentAsync(string conversationId, string attachmentId, CancellationToken cancellationToken) =>
        await db.Set<DirectLineAttachmentRecord>().AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ConversationId == conversationId)
            .Select(a => new DirectLineFile(a.Name, a.ContentType, a.Content)).SingleOrDefaultAsync(cancellationToken);
}
