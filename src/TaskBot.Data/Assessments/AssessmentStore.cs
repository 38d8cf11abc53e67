using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Data.Assessments;

public sealed class AssessmentStore(TaskBotDbContext db) : IAssessmentStore
{
    public Task<AssessmentBasis?> BasisAsync(int planId, CancellationToken cancellationToken) =>
        db.Set<AssessmentBasisRecord>().AsNoTracking().Where(b => b.PlanId == planId)
            .Select(b => new AssessmentBasis(b.PlanId, b.Revision, b.Day)).SingleOrDefaultAsync(cancellationToken);

    public Task HoldAsync(int taskId, CancellationToken cancellationToken) => db.LockAsync(LockKeys.Assessment, taskId, cancellationToken);

    public async Task KeepAsync(Plan plan, IReadOnlyList<TaskAssessment> assessments, AssessmentBasis? basis, bool whole,
        CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        var ids = assessments.Select(a => a.Task.Id).ToList();
        var rows = db.Set<AssessmentRecord>().Where(r => whole ? r.PlanId == plan.Id : ids.Contains(r.TaskItemId));
        var kept = await rows.ToDictionaryAsync(r => r.TaskItemId, cancellationToken);
        var written = new List<object>();
        foreach (var a in assessments)
        {
            if (!kept.Remove(a.Task.Id, out var row)) db.Add(row = new AssessmentRecord { TaskItemId = a.Task.Id });
            row.Set(plan.Id, a);
            written.Add(row);
        }
        if (whole) db.RemoveRange(kept.Values);
        if (basis is not null) written.Add(await KeepBasisAsync(basis, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        // Let the rows go: a later read in the same scope sees the stored rows.
        foreach (var entity in written) db.Entry(entity).State = EntityState.Detached;
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TaskAssessment>> ReadAsync(Plan plan, IReadOnlyCollection<int>? taskIds, bool behindOnly,
        CancellationToken cancellationToken)
    {
        var rows = db.Set<AssessmentRecord>().AsNoTracking().Where(r => r.PlanId == plan.Id);
        if (taskIds is not null) rows = rows.Where(r => taskIds.Contains(r.TaskItemId));
        if (behindOnly) rows = rows.Where(r => r.Light != Light.Green);
        var found = await (from r in rows
                           join p in db.Set<ProgressReport>().AsNoTracking() on r.LatestReportId equals (int?)p.Id into reports
                           from p in reports.DefaultIfEmpty()
                           select new { Row = r, Latest = p }).ToListAsync(cancellationToken);
        var tasks = plan.Tasks.ToDictionary(t => t.Id);
        return [.. found.Where(x => tasks.ContainsKey(x.Row.TaskItemId)).Select(x => x.Row.ToAssessment(tasks[x.Row.TaskItemId], x.Latest))];
    }

    private async Task<AssessmentBasisRecord> KeepBasisAsync(AssessmentBasis basis, CancellationToken cancellationToken)
    {
        if (await db.Set<AssessmentBasisRecord>().SingleOrDefaultAsync(b => b.PlanId == basis.PlanId, cancellationToken) is not { } row)
            db.Add(row = new AssessmentBasisRecord { PlanId = basis.PlanId });
        row.Revision = basis.Revision;
        row.Day = basis.Day;
        return row;
    }
}
