namespace TaskBot.Domain.Plans;

/// <summary>A task an import changed, and which of its fields.</summary>
public sealed record TaskChange(int Number, IReadOnlyList<string> Fields);
