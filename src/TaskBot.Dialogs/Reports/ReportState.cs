using TaskBot.Domain.Reports;

namespace TaskBot.Dialogs.Reports;

/// <summary>The report dialog's state between turns: the draft, what it waits for, and how often it was not understood.</summary>
public sealed record ReportState(ReportDraft Draft, string Title, IReadOnlyList<string> Targets)
{
    public ReportStage Stage { get; init; }
    public ReportField? Asking { get; init; }
    public int Misunderstood { get; init; }

    /// <summary>A value above the target, asked about: given again, it is taken.</summary>
    public decimal? AboveTarget { get; init; }

    /// <summary>The period of the unit's last report, which the draft started from.</summary>
    public string? LastPeriod { get; init; }

    /// <summary>The names of the evidence files sent with this report, which go with it when it is saved.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public IReadOnlyList<TaskTarget> TaskTargets => [.. Targets.Select(TaskTarget.Find).OfType<TaskTarget>()];

    /// <summary>The next question: the unclear status, the first missing field, or the read-back.</summary>
    public ReportState Next(bool statusUnclear = false) =>
        statusUnclear && Draft.Status is null ? this with { Stage = ReportStage.StatusUnclear, Asking = null }
        : Draft.Missing is [var field, ..] ? this with { Stage = ReportStage.Asking, Asking = field }
        : this with { Stage = ReportStage.ReadBack, Asking = null };
}
