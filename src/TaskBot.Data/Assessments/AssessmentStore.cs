using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Data.Assessments;

public sealed class AssessmentStore(TaskBotDbContext db) : IAssessmentStore
{
    public Task<AssessmentBasis?> BasisAsync(int planId, CancellationToken cancellationToken) =>
        db.Set<AssessmentBasisRecord>().AsNoTracking().Where(b => b.PlanId == planId)
            .Select(b => new AssessmentBasis(b.PlanId, b.Revision, b.Day)).SingleOrDefaultAsync(cancellationToken);

    public Task HoldAsync(int taskId, CancellationToken cancellationToken) => db.LockAsync(LockKeys.Assessment, taskId, cancellationToken);

    public async Task<IReadOnlyDictionary<int, long>> VersionsAsync(int planId, CancellationToken cancellationToken) =>
        await db.Set<AssessmentRecord>().AsNoTracking().Where(r => r.PlanId == planId)
            .ToDictionaryAsync(r => r.TaskItemId, r => r.Version, cancellationToken);

    public async Task KeepAllAsync(Plan plan, IReadOnlyList<TaskAssessment> assessments, AssessmentBasis basis,
        IReadOnlyDictionary<int, long> versions, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        var kept = await db.Set<AssessmentRecord>().Where(r => r.PlanId == plan.Id).ToDictionaryAsync(r => r.TaskItemId, cancellationToken);
        var written = new List<object>();
        foreach (var a in assessments)
        {
            if (!kept.Remove(a.Task.Id, out var row)) db.Add(row = new AssessmentRecord { TaskItemId = a.Task.Id });
            else if (!versions.TryGetValue(a.Task.Id, out var seen) || seen != row.Version) continue;
            row.Set(plan.Id, a);
            written.Add(row);
        }
        db.RemoveRange(kept.Values);
        written.AddRange(kept.Values);
        if (await db.Set<AssessmentBasisRecord>().SingleOrDefaultAsync(b => b.PlanId == basis.PlanId, cancellationToken) is not { } stored)
            db.Add(stored = new AssessmentBasisRecord { PlanId = basis.PlanId });
        (stored.Revision, stored.Day) = (basis.Revision, basis.Day);
        written.Add(stored);
        await SaveSkippingNewerAsync(cancellationToken);
        // Let the rows go: a later read in the same scope sees the stored rows.
        foreach (var entity in written) db.Entry(entity).State = EntityState.Detached;
        await transaction.CommitAsync(cancellationToken);
    }

    // PostgreSQL: a report's turn may keep a row between the read above and the write (its version is the concurrency
    // token); that row stays, and the rest are written again.
    private async Task SaveSkippingNewerAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException e)
            {
                foreach (var entry in e.Entries) entry.State = EntityState.Detached;
            }
        }
    }

    /// <summary>One statement, the same on both stores; in a report's turn it goes with the commit (<see cref="AtCommit"/>).</summary>
    public Task KeepAsync(int planId, TaskAssessment assessment, CancellationToken cancellationToken)
    {
        var r = new AssessmentRecord { TaskItemId = assessment.Task.Id };
        r.Set(planId, assessment);
        object?[] values = [r.TaskItemId, r.PlanId, (int)r.Light, r.Expected, (int?)r.Status, r.Completion, r.Continuing, r.LatestReportId,
            r.Reasons, r.Collectives, r.Problems];
        return AtCommit.WriteAsync(db, Keep, values!, cancellationToken);
    }

    private const string Keep = """
        INSERT INTO "TaskAssessments" ("TaskItemId", "PlanId", "Light", "Expected", "Status", "Completion", "Continuing", "LatestReportId",
            "Reasons", "Collectives", "Problems", "Version")
        VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, 1)
        ON CONFLICT ("TaskItemId") DO UPDATE SET "PlanId" = excluded."PlanId", "Light" = excluded."Light", "Expected" = excluded."Expected",
            "Status" = excluded."Status", "Completion" = excluded."Completion", "Continuing" = excluded."Continuing",
            "LatestReportId" = excluded."LatestReportId", "Reasons" = excluded."Reasons", "Collectives" = excluded."Collectives",
            "Problems" = excluded."Problems", "Version" = "TaskAssessments"."Version" + 1
        """;

    public Task MoveBasisAsync(AssessmentBasis basis, CancellationToken cancellationToken) =>
        db.Set<AssessmentBasisRecord>().Where(b => b.PlanId == basis.PlanId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Revision, basis.Revision).SetProperty(b => b.Day, basis.Day), cancellationToken);

    /// <summary>
    /// The rows behind (with the problems they quote, kept in them), and the tasks awaiting review (待核), in one query with the basis checked in
    /// it (PostgreSQL does that once, not per row); only when none comes back does a second read tell "none" from "not
    /// on this basis".
    /// </summary>
    public async Task<BehindAnswer?> BehindAsync(Plan plan, AssessmentBasis basis, IReadOnlyList<TaskItem>? tasks,
        CancellationToken cancellationToken)
    {
        var rows = db.Set<AssessmentRecord>().AsNoTracking().Where(r => r.PlanId == plan.Id
            && db.Set<AssessmentBasisRecord>().Any(b => b.PlanId == basis.PlanId && b.Revision == basis.Revision && b.Day == basis.Day));
        // One array parameter (a JSON one on SQLite) rather than a parameter per task.
        if (tasks is not null)
        {
            var ids = tasks.Select(t => t.Id).ToArray();
            rows = rows.Where(r => EF.Parameter(ids).Contains(r.TaskItemId));
        }
        // The rows behind (by their partial index), then those with a pending claim: as one OR, the store read every row.
        var pending = db.Set<CompletionReview>().Where(c => c.State == CompletionState.Pending).Select(c => c.TaskItemId);
        var found = await rows.Where(r => r.Light != Light.Green).Select(r => new { Row = r, Waiting = false })
            .Concat(rows.Where(r => pending.Contains(r.TaskItemId)).Select(r => new { Row = r, Waiting = true }))
            .ToListAsync(cancellationToken);
        if (found.Count == 0 && await BasisAsync(plan.Id, cancellationToken) != basis) return null;
        var byId = (tasks ?? plan.Tasks).ToDictionary(t => t.Id);
        var mine = found.Where(x => byId.ContainsKey(x.Row.TaskItemId)).ToList();
        return new([.. mine.Where(x => !x.Waiting).Select(x => x.Row.ToAssessment(byId[x.Row.TaskItemId], null))],
            [.. mine.Where(x => x.Waiting).Select(x => byId[x.Row.TaskItemId]).OrderBy(t => t.Number)]);
    }

    public async Task<IReadOnlyList<TaskAssessment>> ReadAsync(Plan plan, IReadOnlyCollection<int>? taskIds, bool behindOnly,
        CancellationToken cancellationToken)
    {
        var rows = db.Set<AssessmentRecord>().AsNoTracking().Where(r => r.PlanId == plan.Id);
        if (taskIds is not null) rows = rows.Where(r => taskIds.Contains(r.TaskItemId));
        if (behindOnly) rows = rows.Where(r => r.Light != Light.Green);
        return await WithLatestAsync(rows, plan.Tasks, cancellationToken);
    }

    /// <summary>The rows with the reports they were made on, as assessments of those of the tasks they are for.</summary>
    private async Task<IReadOnlyList<TaskAssessment>> WithLatestAsync(IQueryable<AssessmentRecord> rows, IReadOnlyList<TaskItem> tasks,
        CancellationToken cancellationToken)
    {
        var found = await (from r in rows
                           join p in db.Set<ProgressReport>().AsNoTracking() on r.LatestReportId equals (int?)p.Id into reports
                           from p in reports.DefaultIfEmpty()
                           select new { Row = r, Latest = p }).ToListAsync(cancellationToken);
        var byId = tasks.ToDictionary(t => t.Id);
        return [.. found.Where(x => byId.ContainsKey(x.Row.TaskItemId)).Select(x => x.Row.ToAssessment(byId[x.Row.TaskItemId], x.Latest))];
    }
}
