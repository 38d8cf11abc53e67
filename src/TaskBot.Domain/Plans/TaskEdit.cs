using TaskBot.Domain.Leaders;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Plans;

/// <summary>What the office changes in one task (修改任务); a null field stays as it is.</summary>
public sealed record TaskEdit(
    string? Text = null,
    DateOnly? Deadline = null,
    IReadOnlyList<Leader>? Leaders = null,
    IReadOnlyList<Unit>? LeadUnits = null,
    IReadOnlyList<Unit>? ResponsibleUnits = null);
