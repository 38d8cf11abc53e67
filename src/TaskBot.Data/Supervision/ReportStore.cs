using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Data.Supervision;

public sealed class ReportStore(TaskBotDbContext db) : IReportStore
{
    public async Task<IReadOnlyList<ProgressReport>> ReportsAsync(IReadOnlyCollection<int> taskIds, CancellationToken cancellationToken) =>
        await db.Set<ProgressReport>().AsNoTracking().Where(r => taskIds.Contains(r.TaskItemId))
            .OrderByDescending(r => r.Id).ToListAsync(cancellationToken);

    public async Task SaveAsync(ProgressReport report, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<ProgressReport>()
            .Where(r => r.TaskItemId == report.TaskItemId && r.UnitId == report.UnitId && r.PeriodKey == report.PeriodKey && !r.Superseded)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Superseded, true), cancellationToken);
        db.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
