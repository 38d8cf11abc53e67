using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Loop;

/// <summary>A completion waiting for 销号 or 退回: the task, the unit that claimed it and the whole days it has waited.</summary>
public sealed record PendingCompletion(CompletionReview Review, TaskItem Task, string? UnitName, int DaysWaiting);
