namespace TaskBot.Domain.Plans;

/// <summary>A dated step named in a task's own text ("4月份全面开工").</summary>
public sealed record Milestone(DateOnly Date, string Text);
