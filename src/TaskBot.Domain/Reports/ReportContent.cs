namespace TaskBot.Domain.Reports;

/// <summary>What a report says: status, what was done, completion, problems, next steps, what needs a leader.</summary>
public sealed record ReportContent(
    ReportStatus Status, string Progress, decimal? Completion, string? CurrentValue, string Problems, string NextSteps, string Coordination);
