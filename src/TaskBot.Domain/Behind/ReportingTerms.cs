using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Behind;

/// <summary>
/// What a task is judged against: its plan's year, the rhythm it reports on, and go-live — the day from which
/// unreported periods count (none before TaskBot existed).
/// </summary>
public sealed record ReportingTerms(int Year, PeriodKind Kind, DateOnly? StartsOn);
