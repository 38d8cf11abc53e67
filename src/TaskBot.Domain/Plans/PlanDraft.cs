namespace TaskBot.Domain.Plans;

/// <summary>A decomposition document as parsed: the plan's identity and its numbered tasks.</summary>
public sealed record PlanDraft(string Title, int Year, string Source, IReadOnlyList<TaskDraft> Tasks);
