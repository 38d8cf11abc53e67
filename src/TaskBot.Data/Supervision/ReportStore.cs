using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

public sealed class ReportStore(TaskBotDbContext db, ISupportRequestStore requests, ICompletionReviewStore reviews) : IReportStore
{
    // A confirmation's turn reads the latest reports for its dialog; its save then finds whether its task's are still
    // those (with its own), and when they are, keeping the task's assessment next need not read them again. Each as of
    // the context's write count then.
    private (int Writes, IReadOnlyCollection<int> TaskIds, IReadOnlyList<ProgressReport> Reports)? _read;
    private (int Writes, int TaskId, IReadOnlyList<ProgressReport> Reports)? _saved;

    public async Task<IReadOnlyList<ProgressReport>> LatestAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken)
    {
        if (_saved is { } saved && saved.Writes == db.WriteCount && taskIds.Count == 1 && taskIds.First() == saved.TaskId) return saved.Reports;
        var latest = await db.Set<ProgressReport>().AsNoTracking().Where(r => r.IsLatest && taskIds.Contains(r.TaskItemId))
            .ToListAsync(cancellationToken);
        _read = (db.WriteCount, taskIds, latest);
        return latest;
    }

    public async Task<ReportedProgress> ProgressAsync(IReadOnlyCollection<int> taskIds, string periodKey, bool awaitingReview,
        CancellationToken cancellationToken)
    {
        if (db is not PostgreSqlTaskBotDbContext)
            return new(taskIds.Count == 0 ? [] : await LatestAsync(taskIds, cancellationToken),
                await requests.InPeriodAsync(periodKey, cancellationToken),
                awaitingReview ? (await reviews.PendingAsync(cancellationToken)).Select(r => r.TaskItemId).ToHashSet() : null);
        var read = await RawQuery.ReadAsync(db, awaitingReview ? ProgressSql + AwaitingSql : ProgressSql,
            [taskIds as int[] ?? [.. taskIds], periodKey], ReadProgressAsync, cancellationToken);
        if (taskIds.Count > 0) _read = (db.WriteCount, taskIds, read.Latest);
        return read;
    }

    /// <summary>
    /// On PostgreSQL, when the turn has not read the lists yet, the reports on the tasks of the lists kept last are read
    /// with the rows that tell whether those are still the open ones: one round trip, and a second only when they are not.
    /// </summary>
    public async Task<(IReadOnlyList<Plan> Lists, ReportedProgress Reported)?> OpenProgressAsync(IPlanReader plans, string periodKey,
        bool awaitingReview, CancellationToken cancellationToken)
    {
        if (db is not PostgreSqlTaskBotDbContext || plans is not PlanReader reader || reader.Unchecked is not { } kept)
            return await IReportStore.ReadOpenProgressAsync(this, plans, periodKey, awaitingReview, cancellationToken);
        int[] taskIds = [.. TaskIds(kept)];
        var sql = reader.PlanRowsSql + ";\n" + (awaitingReview ? ProgressSql + AwaitingSql : ProgressSql);
        var (rows, read) = await RawQuery.ReadAsync(db, sql, [taskIds, periodKey], async (row, ct) =>
        {
            var rows = new List<CompiledQueries.PlanRow>();
            while (await row.ReadAsync(ct)) rows.Add(CompiledQueries.PlanRow.Read(row));
            await row.NextResultAsync(ct);
            return (rows, await ReadProgressAsync(row, ct));
        }, cancellationToken);
        var lists = await reader.OpenListsAsync(rows, cancellationToken);
        if (lists.Count == 0) return null;
        if (!ReferenceEquals(lists, kept)) return (lists, await ProgressAsync([.. TaskIds(lists)], periodKey, awaitingReview, cancellationToken));
        _read = (db.WriteCount, taskIds, read.Latest);
        return (lists, read);
    }

    private static IEnumerable<int> TaskIds(IReadOnlyList<Plan> lists) => lists.SelectMany(l => l.Tasks).Select(t => t.Id);

    // On PostgreSQL the three reads are one command: what a report's turn reads before it saves.
    private const string ProgressSql = """
        SELECT "Id", "TaskItemId", "UnitId", "PeriodKey", "PeriodStart", "Status", "Progress", "Completion", "CurrentValue", "Problems",
            "NextSteps", "Coordination", "ReportedBy", "ReportedAt", "CarriedForward"
        FROM "ProgressReport" WHERE "IsLatest" AND "TaskItemId" = ANY({0});
        SELECT "Id", "TaskItemId", "UnitId", "RequestedByUnitId", "PeriodKey", "RequestedBy", "RequestedAt"
        FROM "SupportRequests" WHERE "PeriodKey" = {1};

        """;

    private static readonly string AwaitingSql =
        $"""SELECT DISTINCT "TaskItemId" FROM "CompletionReview" WHERE "State" = '{CompletionState.Pending}'""";

    private async Task<ReportedProgress> ReadProgressAsync(DbDataReader row, CancellationToken cancellationToken)
    {
        var latest = new List<ProgressReport>();
        while (await row.ReadAsync(cancellationToken))
        {
            // A period is kept as its key and start: its end plays no part in the report.
            var period = new Period(row.GetString(3), row.GetFieldValue<DateOnly>(4), row.GetFieldValue<DateOnly>(4));
            var content = new ReportContent((ReportStatus)row.GetInt32(5), row.GetString(6), row.IsDBNull(7) ? null : row.GetDecimal(7),
                row.IsDBNull(8) ? null : row.GetString(8), row.GetString(9), row.GetString(10), row.GetString(11));
            latest.Add(WithId(new ProgressReport(row.GetInt32(1), row.GetInt32(2), period, content, row.GetString(12),
                row.GetFieldValue<DateTimeOffset>(13), row.GetBoolean(14)), row.GetInt32(0)));
        }
        await row.NextResultAsync(cancellationToken);
        var requested = new List<SupportRequest>();
        while (await row.ReadAsync(cancellationToken))
            requested.Add(WithId(new SupportRequest(row.GetInt32(1), row.GetInt32(2), row.GetInt32(3), row.GetString(4), row.GetString(5),
                row.GetFieldValue<DateTimeOffset>(6)), row.GetInt32(0)));
        if (!await row.NextResultAsync(cancellationToken)) return new(latest, requested, null);
        var awaiting = new HashSet<int>();
        while (await row.ReadAsync(cancellationToken)) awaiting.Add(row.GetInt32(0));
        return new(latest, requested, awaiting);
    }

    private T WithId<T>(T entity, int id) where T : class
    {
        db.Entry(entity).Property("Id").CurrentValue = id;
        return entity;
    }

    public async Task<IReadOnlyList<ProgressReport>> HistoryAsync(int taskId, int count, CancellationToken cancellationToken) =>
        await db.Set<ProgressReport>().AsNoTracking().Where(r => r.TaskItemId == taskId && !r.Superseded)
            .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ProgressReport>> ReportsAsync(IReadOnlyCollection<int> reportIds, CancellationToken cancellationToken) =>
        reportIds.Count == 0 ? []
            : await db.Set<ProgressReport>().AsNoTracking().Where(r => reportIds.Contains(r.Id)).ToListAsync(cancellationToken);

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
        if (await db.Set<ProgressReport>().AsNoTracking()
                .SingleOrDefaultAsync(r => r.Id == reportId && r.IsLatest, cancellationToken) is not { } report)
            return;
        await db.LockAsync(LockKeys.Assessment, report.TaskItemId, cancellationToken);
        await db.Set<ProgressReport>().Where(r => r.Id == reportId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Superseded, true).SetProperty(r => r.IsLatest, false), cancellationToken);
        // The unit's newest report not sent back, of its period or before: one it sent earlier in the same period (which
        // this one superseded) stands again as its report for the period.
        var sentBack = db.Set<CompletionReview>().Where(c => c.TaskItemId == report.TaskItemId && c.State == CompletionState.Returned)
            .Select(c => c.ReportId);
        var previous = await db.Set<ProgressReport>()
            .Where(r => r.TaskItemId == report.TaskItemId && r.UnitId == report.UnitId && r.Id != reportId && !sentBack.Contains(r.Id))
            .OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (previous is { } id)
            await db.Set<ProgressReport>().Where(r => r.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsLatest, true).SetProperty(r => r.Superseded, false), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
