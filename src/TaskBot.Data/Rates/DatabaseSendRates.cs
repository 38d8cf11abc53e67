using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace TaskBot.Data.Rates;

/// <summary>
/// The send rates of every instance on one database: a key's slots are rows, taken one at a time under the key's
/// lock, so three instances under a 50/s cap send 50/s together.
/// </summary>
public sealed class DatabaseSendRates(TaskBotDbContextFactory contexts, TimeProvider time) : ISendRates
{
    public async Task<RateSlot> TakeAsync(string key, IReadOnlyList<RateLimit> limits, TimeSpan patience, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The lock is held until the commit: not waiting for the disk lets the next slot be taken sooner.
        await db.CommitWithoutWaitingForDiskAsync(cancellationToken);
        await db.LockAsync(LockKeys.SendRates, LockKeys.Of(key), cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var horizon = SendSchedule.Horizon(limits, now);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "RateSlots" WHERE "Key" = {key} AND "AtMs" <= {horizon}""", cancellationToken);
        var latestFirst = await db.Set<RateSlotRecord>().Where(s => s.Key == key).OrderByDescending(s => s.AtMs)
            .Select(s => s.AtMs).Take(SendSchedule.Kept(limits)).ToListAsync(cancellationToken);
        var at = SendSchedule.Earliest(latestFirst, limits, now);
        var answer = SendSchedule.Answer(at, now, patience);
        if (answer.Taken)
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "RateSlots" ("Key", "AtMs") VALUES ({key}, {at})""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return answer;
    }
}
