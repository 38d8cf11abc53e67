using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Behind;

/// <summary>
/// What 哪些任务滞后 answers: the tasks behind, worst first, and those whose 已完成 waits for the office's review
/// (待核), by number — not behind, but not to be taken for done either.
/// </summary>
public sealed record BehindAnswer(IReadOnlyList<TaskAssessment> Behind, IReadOnlyList<TaskItem> AwaitingReview);
