namespace TaskBot.Domain.Loop;

/// <summary>An open coordination request as lists show it: who asked, and how many days it has been open.</summary>
public sealed record OpenCoordination(CoordinationItem Item, string? UnitName, int AgeDays);
