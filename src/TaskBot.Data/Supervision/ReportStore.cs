using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

public sealed class ReportStore(TaskBotDbContext db) : IReportStore
{
    public async Task<IReadOnlyList<ProgressReport>> LatestAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken) =>
        await db.Set<ProgressReport>().AsNoTracking().Where(r => r.IsLatest && taskIds.Contains(r.TaskItemId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ProgressReport>> HistoryAsync(int taskId, int count, CancellationToken cancellationToken) =>
        await db.Set<ProgressReport>().AsNoTracking().Where(r => r.TaskItemId == taskId && !r.Superseded)
            .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);

    public async Task SaveAsync(ProgressReport report, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        // Two people of a unit confirming at once: the second waits, then supersedes the first (SQLite has one writer anyway).
        await db.LockAsync(report.TaskItemId, report.UnitId, cancellationToken);
        // In one statement: the unit's report for this period so far is superseded, and its latest is no longer the latest.
        var period = report.PeriodKey;
        await db.Set<ProgressReport>()
            .Where(r => r.TaskItemId == report.TaskItemId && r.UnitId == report.UnitId && (r.IsLatest || (r.PeriodKey == period && !r.Superseded)))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Superseded, r => r.Superseded || r.PeriodKey == period).SetProperty(r => r.IsLatest, false),
                cancellationToken);
        db.Add(report);
        await transaction.SaveChangesAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task WithdrawAsync(int reportId, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        if (await db.Set<ProgressReport>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId && r.IsLatest, cancellationToken) is not { } report) return;
        await db.LockAsync(report.TaskItemId, report.UnitId, cancellationToken);
        await db.Set<ProgressReport>().Where(r => r.Id == reportId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Superseded, true).SetProperty(r => r.IsLatest, false), cancellationToken);
        var previous = await db.Set<ProgressReport>().Where(r => r.TaskItemId == report.TaskItemId && r.UnitId == report.UnitId && !r.Superseded)
            .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (previous is { } id) await db.Set<ProgressReport>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLatest, true), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
