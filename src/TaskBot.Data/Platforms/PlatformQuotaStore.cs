using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Rates;

namespace TaskBot.Data.Platforms;

/// <summary>
/// A platform's limits kept in the database: the per-recipient limits as send-rate slots (shared like the outbox's
/// rate), the app's messages a day as one counter row per day, taken only while it stays within the quota.
/// </summary>
public sealed class PlatformQuotaStore(ISendRates rates, TaskBotDbContextFactory contexts, TimeProvider time) : IPlatformQuota
{
    public async Task<QuotaWait?> TakeAsync(PlatformLimits limits, string recipient, int messages,
        CancellationToken cancellationToken)
    {
        RateLimit[] perRecipient = [.. PerRecipient(limits)];
        var key = $"platform:{limits.Channel}:{recipient}";
        for (var i = 0; i < messages && perRecipient.Length > 0; i++)
            if (await rates.TakeAsync(key, perRecipient, TimeSpan.Zero, cancellationToken) is { Taken: false } slot)
                return new QuotaWait(slot.Wait, Daily: false);
        if (limits.PerDay <= 0) return null;
        var now = time.GetUtcNow();
        var day = now.ToOffset(QuotaWait.China).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return await TryCountAsync(limits.Channel, day, messages, limits.PerDay, cancellationToken) ? null : QuotaWait.UntilTomorrow(now);
    }

    private static IEnumerable<RateLimit> PerRecipient(PlatformLimits limits)
    {
        if (limits.PerRecipientPerMinute > 0) yield return new RateLimit(limits.PerRecipientPerMinute, TimeSpan.FromMinutes(1));
        if (limits.PerRecipientPerHour > 0) yield return new RateLimit(limits.PerRecipientPerHour, TimeSpan.FromHours(1));
    }

    // The guarded UPDATE is atomic on both stores: of two instances racing for the last messages, one gets them.
    private async Task<bool> TryCountAsync(string channel, string day, int messages, int quota, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""DELETE FROM "PlatformDayCounts" WHERE "Channel" = {channel} AND "Day" < {day}""", cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "PlatformDayCounts" ("Channel", "Day", "Count") VALUES ({channel}, {day}, 0) ON CONFLICT DO NOTHING
            """, cancellationToken);
        var taken = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE "PlatformDayCounts" SET "Count" = "Count" + {messages}
            WHERE "Channel" = {channel} AND "Day" = {day} AND "Count" + {messages} <= {quota}
            """, cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return taken;
    }
}
