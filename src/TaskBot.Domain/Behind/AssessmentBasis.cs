namespace TaskBot.Domain.Behind;

/// <summary>What kept assessments were made for: the plan at this revision (its tasks and deadlines), on this day.</summary>
public sealed record AssessmentBasis(int PlanId, int Revision, DateOnly Day);
