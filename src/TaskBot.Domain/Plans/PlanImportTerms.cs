namespace TaskBot.Domain.Plans;

/// <summary>
/// What the office decides when it imports a plan: the day it is done, go-live if it gives one
/// (<c>--starts-on</c>), whether the plan is kept for the record only (<c>--archive</c>), and the list it is when it
/// is not the year's plan (<c>--list 领导批示 --kind instruction</c>).
/// </summary>
public sealed record PlanImportTerms(DateOnly Today, DateOnly? StartsOn = null, bool Archive = false, SupervisionList? List = null);
