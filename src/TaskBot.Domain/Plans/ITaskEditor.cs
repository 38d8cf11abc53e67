namespace TaskBot.Domain.Plans;

/// <summary>
/// The office keeps a list current between imports: adds a task (新增任务), changes one (修改任务), withdraws one
/// (撤销任务). <c>list</c> names the plan or list by title or year; null is the plan being supervised.
/// </summary>
public interface ITaskEditor
{
    Task<TaskEditResult> AddAsync(string? list, TaskDraft draft, string by, CancellationToken cancellationToken);
    Task<TaskEditResult> ChangeAsync(string? list, int number, TaskChangeOrder change, string by, CancellationToken cancellationToken);
    Task<TaskEditResult> WithdrawAsync(string? list, int number, string reason, string by, CancellationToken cancellationToken);
}
