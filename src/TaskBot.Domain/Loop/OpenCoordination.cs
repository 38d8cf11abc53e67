using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Loop;

/// <summary>An open coordination request as lists show it: its task, who asked, and how many days it has been open.</summary>
public sealed record OpenCoordination(CoordinationItem Item, TaskItem Task, string? UnitName, int AgeDays);
