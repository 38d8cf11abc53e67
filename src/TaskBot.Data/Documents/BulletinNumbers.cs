using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data.Documents;

/// <summary>
/// The numbering of a plan's 通报 (第N期): a period keeps the number it was first issued with; a new period takes the
/// next; the office may set a number, which later periods then count on from.
/// </summary>
public sealed class BulletinNumbers(TaskBotDbContext db, TimeProvider time)
{
    private const int LockKey = 0x0B01;

    public async Task<int> NumberAsync(int planId, string periodKey, int? requested, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        await db.LockAsync(LockKey, planId, cancellationToken);
        var issues = db.Set<BulletinIssueRecord>().Where(i => i.PlanId == planId);
        var issued = await issues.SingleOrDefaultAsync(i => i.PeriodKey == periodKey, cancellationToken);
        if (issued is not null && (requested is null || requested == issued.Number)) return issued.Number;
        var number = requested ?? (await issues.MaxAsync(i => (int?)i.Number, cancellationToken) ?? 0) + 1;
        await issues.Where(i => i.Number == number && i.PeriodKey != periodKey).ExecuteDeleteAsync(cancellationToken);
        if (issued is null) db.Add(issued = new BulletinIssueRecord { PlanId = planId, PeriodKey = periodKey });
        issued.Number = number;
        issued.IssuedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return number;
    }
}
