using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

public sealed class ReportStore(TaskBotDbContext db) : IReportStore
{
    // A confirmation's turn reads the latest reports for its dialog; its save then finds whether its task's are still
    // those (with its own), and when they are, keeping the task's assessment next need not read them again. Each as of
    // the context's write count then.
    private (int Writes, IReadOnlyCollection<int> TaskIds, IReadOnlyList<ProgressReport> Reports)? _read;
    private (int Writes, int TaskId, IReadOnlyList<ProgressReport> Reports)? _saved;

    public async Task<IReadOnlyList<ProgressReport>> LatestAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken)
    {
        if (_saved is { } saved && saved.Writes == db.WriteCount && taskIds.Count == 1 && taskIds.First() == saved.TaskId) return saved.Reports;
        var latest = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.IsLatest && taskIds.Contains(r.TaskItemId)).ToListAsync(cancellationToken);
        _read = (db.WriteCount, taskIds, latest);
        return latest;
    }

    public async Task<IReadOnlyList<ProgressReport>> HistoryAsync(int taskId, int count, CancellationToken cancellationToken) =>
        await db.Set<ProgressReport>().AsNoTracking().Where(r => r.TaskItemId == taskId && !r.Superseded)
            .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);

    public async Task SaveAsync(ProgressReport report, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken, inFirstCommand: true);
        // Two people of a unit confirming at once: the second waits, then supersedes the first (SQLite has one writer
        // anyway). The lock is the task's assessment's, which the turn keeps next: one lock, and one command for all.
        var locking = db.LockStatement("{0}", "{1}");
        var sql = transaction.Opening + locking + Supersede + Insert;
        var r = report;
        object?[] values = [LockKeys.Assessment, r.TaskItemId, r.UnitId, r.PeriodKey, r.PeriodStart, (int)r.Status, r.Progress, r.Completion,
            r.CurrentValue, r.Problems, r.NextSteps, r.Coordination, r.ReportedBy, r.ReportedAt, r.CarriedForward];
        var latest = await RawQuery.AllAsync(db, sql, values!, row => (Id: row.GetInt32(0), UnitId: row.GetInt32(1)), cancellationToken,
            skip: locking.Length > 0 ? 1 : 0);
        db.Held(LockKeys.Assessment, report.TaskItemId);
        db.Entry(report).Property(p => p.Id).CurrentValue = latest.Single(l => l.UnitId == report.UnitId).Id;
        await transaction.CommitAsync(cancellationToken);
        Remember(report, [.. latest.Select(l => l.Id)]);
    }

    // Under the task's lock its latest reports are these: when they are those read before (this one for the unit's), what
    // was read is still current.
    private void Remember(ProgressReport report, HashSet<int> latest)
    {
        _saved = null;
        if (_read is not { } read || read.Writes != db.WriteCount - 1 || !read.TaskIds.Contains(report.TaskItemId)) return;
        List<ProgressReport> now = [.. read.Reports.Where(r => r.TaskItemId == report.TaskItemId && r.UnitId != report.UnitId), report];
        if (latest.SetEquals(now.Select(r => r.Id))) _saved = (db.WriteCount, report.TaskItemId, now);
    }

    // The unit's report for this period so far is superseded, and its latest is no longer the latest; then the new one.
    private const string Supersede = """
        UPDATE "ProgressReport" SET "Superseded" = "Superseded" OR "PeriodKey" = {3}, "IsLatest" = FALSE
        WHERE "TaskItemId" = {1} AND "UnitId" = {2} AND ("IsLatest" OR ("PeriodKey" = {3} AND NOT "Superseded"));

        """;

    private const string Insert = """
        INSERT INTO "ProgressReport" ("TaskItemId", "UnitId", "PeriodKey", "PeriodStart", "Status", "Progress", "Completion", "CurrentValue",
            "Problems", "NextSteps", "Coordination", "ReportedBy", "ReportedAt", "CarriedForward", "Superseded", "IsLatest")
        VALUES ({1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13}, {14}, FALSE, TRUE);
        SELECT "Id", "UnitId" FROM "ProgressReport" WHERE "IsLatest" AND "TaskItemId" = {1}
        """;

    public async Task WithdrawAsync(int reportId, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        if (await db.Set<ProgressReport>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId && r.IsLatest, cancellationToken) is not { } report) return;
        await db.LockAsync(LockKeys.Assessment, report.TaskItemId, cancellationToken);
        await db.Set<ProgressReport>().Where(r => r.Id == reportId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Superseded, true).SetProperty(r => r.IsLatest, false), cancellationToken);
        var previous = await db.Set<ProgressReport>().Where(r => r.TaskItemId == report.TaskItemId && r.UnitId == report.UnitId && !r.Superseded)
            .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (previous is { } id) await db.Set<ProgressReport>().Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLatest, true), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
