using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Data.Platforms;

/// <summary>
/// Each conversation's latest reply address, one row per conversation; expired rows go when a new one is saved. A new
/// address makes what waits for the conversation due at once (the day's API quota used up, a retry's backoff): it may
/// go through the address, and what came before the reply goes before it.
/// </summary>
public sealed class ReplyAddressStore(TaskBotDbContextFactory contexts, TimeProvider time) : IReplyAddressStore
{
    public async Task SaveAsync(string channelId, string conversationId, Uri address, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var url = address.AbsoluteUri;
        var at = expires.ToUnixTimeMilliseconds();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = contexts.Create();
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "ReplyAddresses" WHERE "ExpiresAtMs" < {now}""", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "ReplyAddresses" ("ChannelId", "ConversationId", "Address", "ExpiresAtMs")
            VALUES ({channelId}, {conversationId}, {url}, {at})
            ON CONFLICT ("ChannelId", "ConversationId")
            DO UPDATE SET "Address" = excluded."Address", "ExpiresAtMs" = excluded."ExpiresAtMs"
            """, cancellationToken);
        var destination = Outbox.OutboxDestination.Conversation(channelId, conversationId);
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "Outbox" SET "DueAtMs" = {now}
            WHERE "Destination" = {destination} AND "Status" = 0 AND "DueAtMs" > {now} AND ("ClaimedUntilMs" IS NULL OR "ClaimedUntilMs" < {now})
            """, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<(Uri Address, DateTimeOffset Expires)?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        var row = await db.Set<ReplyAddressRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.ChannelId == channelId && r.ConversationId == conversationId, cancellationToken);
        return row is null ? null : (new Uri(row.Address), DateTimeOffset.FromUnixTimeMilliseconds(row.ExpiresAtMs));
    }
}
