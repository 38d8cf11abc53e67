using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data;

/// <summary>
/// Stores a parsed plan: everything in one transaction, so a failure leaves the database as it was. A dry run
/// works out the same report and rolls the transaction back. Names are resolved in memory by the directories; how
/// the tasks are written is the store's (<see cref="TaskBotDbContext.SaveImportAsync"/>).
/// </summary>
public sealed class PlanImporter(TaskBotDbContext db, TimeProvider time)
{
    public async Task<ImportReport> ImportAsync(PlanDraft draft, IReadOnlyList<UnitAliasGroup> aliasGroups, PlanImportTerms terms,
        CancellationToken cancellationToken, bool dryRun = false)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        var unitList = await db.Units.Include(u => u.Aliases).ToListAsync(cancellationToken);
        var leaderList = await db.Leaders.ToListAsync(cancellationToken);
        var units = new UnitDirectory(unitList, aliasGroups, draft.Organisation);
        var leaders = new LeaderDirectory(leaderList);
        // Withdrawn tasks too: one the document lists again is restored.
        // A list beside the plan (领导批示) is the office's name for it: re-importing it replaces only that list.
        var found = terms.List is { } list
            ? db.Plans.IgnoreQueryFilters().Where(p => p.Kind == list.Kind && p.ListName == list.Name).OrderByDescending(p => p.Id)
            : db.Plans.IgnoreQueryFilters().Where(p => p.Title == draft.Title && p.Year == draft.Year && p.Kind == ListKind.Plan);
        var plan = await db.ReadImportAsync(found, unitList, leaderList, cancellationToken);
        var created = plan is null;
        if (plan is null)
        {
            plan = new Plan(draft.Title, draft.Year);
            if (!db.ImportsInBulk) db.Plans.Add(plan);
        }
        var report = plan.Apply(draft, units, leaders, created, await ApprovedDeadlinesAsync(plan, cancellationToken), time.GetUtcNow());
        plan.Adopt(terms, report);
        // What the document names for the first time: stored before the links to it.
        var named = new NewNames([.. units.Units.Where(u => u.Id == 0)], [.. leaders.Leaders.Where(l => l.Id == 0)]);
        await db.SaveImportAsync(plan, report, named, cancellationToken);
        if (!dryRun) await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>Each task's latest approved 延期 (or the office's change of its deadline), by task number.</summary>
    private async Task<Dictionary<int, DateOnly>> ApprovedDeadlinesAsync(Plan plan, CancellationToken cancellationToken)
    {
        var ids = plan.Tasks.Select(t => t.Id).ToList();
        if (ids.Count == 0) return [];
        var approved = await db.Set<ExtensionRequest>().AsNoTracking().Where(r => r.Approved == true && ids.Contains(r.TaskItemId))
            .ToListAsync(cancellationToken);
        return approved.GroupBy(r => r.TaskNumber).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!.NewDeadline);
    }
}
