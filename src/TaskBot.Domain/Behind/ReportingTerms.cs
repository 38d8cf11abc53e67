using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Behind;

/// <summary>
/// What a task is judged against: its plan's year, the rhythm it reports on, and go-live — the day from which
/// unreported periods count (none before TaskBot existed).
/// </summary>
public sealed record ReportingTerms(int Year, PeriodKind Kind, DateOnly? StartsOn)
{
    /// <summary>The terms for one unit's part: go-live is the later of the plan's and the unit's own.</summary>
    public ReportingTerms ForUnit(DateOnly? unitGoLive) =>
        unitGoLive is { } day && (StartsOn is null || day > StartsOn) ? this with { StartsOn = day } : this;

    /// <summary>No unit answers for the task (the office owns it): no period is ever missed.</summary>
    public ReportingTerms Unowed => this with { StartsOn = DateOnly.MaxValue };
}
