using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Plans;

/// <summary>One task as a decomposition document states it, before units and leaders are resolved;
/// its own reporting rhythm when the document gives one (每月报送), and the chapter it stands under (一、…).</summary>
public sealed record TaskDraft(
    int Number,
    string Text,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> ResponsibleUnits,
    DateOnly? Deadline,
    bool Ongoing,
    IReadOnlyList<Milestone> Milestones,
    PeriodKind? Rhythm = null,
    string? Chapter = null);
