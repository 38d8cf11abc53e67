namespace TaskBot.Domain.Plans;

/// <summary>
/// What the office asks to change in a task, by name: a new deadline (with why: kept in the deadline's history, like
/// an approved 延期), the lead leaders, the lead units, the responsible units. A null field stays as it is.
/// </summary>
public sealed record TaskChangeOrder(
    DateOnly? Deadline = null,
    string? Reason = null,
    IReadOnlyList<string>? Leaders = null,
    IReadOnlyList<string>? LeadUnits = null,
    IReadOnlyList<string>? ResponsibleUnits = null)
{
    public bool IsEmpty => Deadline is null && Leaders is null && LeadUnits is null && ResponsibleUnits is null;
}
