using TaskBot.Domain.Reports;

namespace TaskBot.Dialogs.Reports;

/// <summary>The report dialog's state between turns: the draft, what it waits for, and how often it was not understood.</summary>
/// <param name="Targets">The task's completion targets, as labels ("高标准农田6万亩").</param>
public sealed record ReportState(ReportDraft Draft, string Title, IReadOnlyList<string> Targets)
{
    public ReportStage Stage { get; init; }
    public ReportField? Asking { get; init; }
    public int Misunderstood { get; init; }

    /// <summary>The list the task is in (its number is unique there only); null: the year's plan.</summary>
    public int? ListId { get; init; }

    /// <summary>A value above the target, asked about: given again, it is taken.</summary>
    public decimal? AboveTarget { get; init; }

    /// <summary>The period of the unit's last report, which the draft started from.</summary>
    public string? LastPeriod { get; init; }

    /// <summary>The unit's last report is of the current period: what the draft starts from was reported this period, not last.</summary>
    public bool LastIsThisPeriod { get; init; }

    /// <summary>The names of the evidence files sent with this report, which go with it when it is saved.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Of several targets, the one the reporter chose to give the completion of (its label).</summary>
    public string? ChosenTarget { get; init; }

    /// <summary>The reporter chose to give the completion as a percentage, not the value of a target.</summary>
    public bool InPercent { get; init; }

    /// <summary>Tasks said to be the same as this one (33号同上): each is read back with this report's answers once it is saved.</summary>
    public IReadOnlyList<int> SameFor { get; init; } = [];

    public IReadOnlyList<TaskTarget> TaskTargets => [.. Targets.Select(TaskTarget.Find).OfType<TaskTarget>()];

    /// <summary>The targets an answer to "完成了多少？" is read against: the one chosen, none for a percentage, else all.</summary>
    public IReadOnlyList<TaskTarget> AnswerTargets =>
        InPercent ? [] : ChosenTarget is { } chosen && TaskTarget.Find(chosen) is { } one ? [one] : TaskTargets;

    /// <summary>Several targets and none chosen: the completion question offers them to choose from.</summary>
    public bool ChoosesTarget => Targets.Count > 1 && ChosenTarget is null && !InPercent;

    /// <summary>The text asked for (进展情况, 存在问题, 下步计划, 需协调事项), when the question waits for one.</summary>
    public ReportField? TextAsked() =>
        Stage == ReportStage.Asking && Asking is { } field && ReportDraft.TextFields.Contains(field) ? field : null;

    /// <summary>
    /// The status was said unclearly (基本完成) and is not given yet: asked as 已完成 or 正常推进, even after another
    /// question came first (a completion not understood), never as the plain status question.
    /// </summary>
    public bool StatusSaidUnclear { get; init; }

    /// <summary>The next question: the unclear status, the first missing field, or the read-back.</summary>
    public ReportState Next(bool statusUnclear = false) =>
        (statusUnclear || StatusSaidUnclear) && Draft.Status is null
            ? this with { Stage = ReportStage.StatusUnclear, Asking = null, StatusSaidUnclear = true }
        : Draft.Missing is [var field, ..] ? this with { Stage = ReportStage.Asking, Asking = field }
        : this with { Stage = ReportStage.ReadBack, Asking = null };
}
