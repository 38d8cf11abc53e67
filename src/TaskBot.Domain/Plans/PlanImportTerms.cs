namespace TaskBot.Domain.Plans;

/// <summary>
/// What the office decides when it imports a plan: the day it is done, go-live if it gives one
/// (<c>--starts-on</c>), and whether the plan is kept for the record only (<c>--archive</c>).
/// </summary>
public sealed record PlanImportTerms(DateOnly Today, DateOnly? StartsOn = null, bool Archive = false);
