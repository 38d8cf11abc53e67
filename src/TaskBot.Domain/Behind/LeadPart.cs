using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Behind;

/// <summary>
/// One part of a task as supervision judges it: the latest report of the unit that answers for it (null when none
/// came), and the day that unit went live — first bound or first reminded — before which it misses no period.
/// </summary>
public sealed record LeadPart(ProgressReport? Latest, DateOnly? UnitGoLive);
