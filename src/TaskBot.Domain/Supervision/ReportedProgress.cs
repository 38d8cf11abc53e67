using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// What judging tasks reads: each unit's latest report on each task, the period's requests to supporting units, and
/// the tasks whose completion awaits the office's review (待核); null when there is no review to wait for.
/// </summary>
public sealed record ReportedProgress(IReadOnlyList<ProgressReport> Latest, IReadOnlyList<SupportRequest> Requests,
    IReadOnlySet<int>? AwaitingReview);
