using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Data;

/// <summary>
/// The office's edits of one task, each in one transaction. Units must be known to the directory (a typo must not
/// create a second unit); a new leader is added. A deadline change is kept as an approved 延期, so the task's
/// deadline history and a later re-import treat it alike.
/// </summary>
public sealed class TaskEditor(TaskBotDbContext db, TimeProvider time, Domain.Periods.LocalClock clock) : ITaskEditor
{
    public async Task<TaskEditResult> AddAsync(string? list, TaskDraft draft, string by, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        if (await FindAsync(list, cancellationToken) is not { } plan) return TaskEditResult.Failed(TaskEditProblem.NoSuchList);
        var units = await UnitsAsync(plan, cancellationToken);
        var unknown = Unknown(units, [.. draft.LeadUnits, .. draft.ResponsibleUnits]);
        if (unknown.Count > 0) return TaskEditResult.Failed(TaskEditProblem.UnknownUnits, plan.Title) with { UnknownUnits = unknown };
        var task = plan.Add(draft, units, new LeaderDirectory(await db.Leaders.ToListAsync(cancellationToken)), clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(null, plan.Title, task.Number, []);
    }

    public async Task<TaskEditResult> ChangeAsync(string? list, int number, TaskChangeOrder change, string by, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        if (await FindAsync(list, cancellationToken) is not { } plan) return TaskEditResult.Failed(TaskEditProblem.NoSuchList);
        if (plan.Task(number) is not { Withdrawn: false } task) return TaskEditResult.Failed(TaskEditProblem.NoSuchTask, plan.Title, number);
        var units = await UnitsAsync(plan, cancellationToken);
        var unknown = Unknown(units, [.. change.LeadUnits ?? [], .. change.ResponsibleUnits ?? []]);
        if (unknown.Count > 0) return TaskEditResult.Failed(TaskEditProblem.UnknownUnits, plan.Title, number) with { UnknownUnits = unknown };
        var leaders = new LeaderDirectory(await db.Leaders.ToListAsync(cancellationToken));
        var before = task.Deadline;
        var changed = task.Change(new TaskEdit(
            Deadline: change.Deadline,
            Leaders: change.Leaders?.Select(leaders.Resolve).Distinct().ToList(),
            LeadUnits: change.LeadUnits?.Select(n => units.Find(n)!).Distinct().ToList(),
            ResponsibleUnits: change.ResponsibleUnits?.Select(n => units.Find(n)!).Distinct().ToList()));
        if (changed.Count == 0) return TaskEditResult.Failed(TaskEditProblem.NothingToChange, plan.Title, number);
        if (changed.Contains("deadline")) db.Add(DeadlineChange(task, before, change.Reason ?? "", by));
        plan.Touch();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(null, plan.Title, number, changed);
    }

    public async Task<TaskEditResult> WithdrawAsync(string? list, int number, string reason, string by, CancellationToken cancellationToken)
    {
        await using var transaction = await StoreTransaction.BeginAsync(db, cancellationToken);
        if (await FindAsync(list, cancellationToken) is not { } plan) return TaskEditResult.Failed(TaskEditProblem.NoSuchList);
        if (plan.Task(number) is not { } task) return TaskEditResult.Failed(TaskEditProblem.NoSuchTask, plan.Title, number);
        if (task.Withdrawn) return TaskEditResult.Failed(TaskEditProblem.AlreadyWithdrawn, plan.Title, number);
        task.Withdraw(reason, by, time.GetUtcNow());
        plan.Touch();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(null, plan.Title, number, ["withdrawn"]);
    }

    private ExtensionRequest DeadlineChange(TaskItem task, DateOnly? before, string reason, string by)
    {
        var now = time.GetUtcNow();
        var change = new ExtensionRequest(task.Id, task.Number, task.LeadUnits.FirstOrDefault()?.Id ?? 0, by, now, before,
            task.Deadline!.Value, reason, late: false);
        change.Decide(true, null, by, now);
        return change;
    }

    // Withdrawn tasks too: their numbers are taken, and a withdrawn task is reported as such.
    private Task<Plan?> FindAsync(string? list, CancellationToken cancellationToken) =>
        PlanLookup.Named(db.Plans.IgnoreQueryFilters().WithTasks(), list).FirstOrDefaultAsync(cancellationToken);

    private async Task<UnitDirectory> UnitsAsync(Plan plan, CancellationToken cancellationToken) =>
        new(await db.Units.Include(u => u.Aliases).ToListAsync(cancellationToken), [], plan.Organisation);

    private static List<string> Unknown(UnitDirectory units, IEnumerable<string> names) =>
        [.. names.Where(n => units.Find(n) is null).Distinct()];
}
