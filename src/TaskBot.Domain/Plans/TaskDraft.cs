namespace TaskBot.Domain.Plans;

/// <summary>One task as a decomposition document states it, before units and leaders are resolved.</summary>
public sealed record TaskDraft(
    int Number,
    string Text,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ResponsibleUnits,
    DateOnly? Deadline,
    bool Ongoing,
    IReadOnlyList<Milestone> Milestones);
