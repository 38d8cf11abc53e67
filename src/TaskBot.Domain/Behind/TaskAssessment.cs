using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Behind;

/// <summary>A task's colour and the reasons for it, with the report it was judged on and the 序时进度 expected today.</summary>
public sealed record TaskAssessment(TaskItem Task, ProgressReport? Latest, Light Light, IReadOnlyList<BehindReason> Reasons, decimal Expected)
{
    private readonly (string? Text, bool Kept) _problems;

    public bool IsBehind => Light != Light.Green;

    /// <summary>
    /// The problems (存在问题) of the report it was judged on, which 哪些任务滞后 quotes: a kept row carries them without
    /// the report (<see cref="Latest"/> is then null), and what it carries is what it says, even beside the report.
    /// </summary>
    public string? Problems { get => _problems.Kept ? _problems.Text : Latest?.Problems; init => _problems = (value, true); }

    /// <summary>
    /// 待核: the lead unit says 已完成 and the office has not closed it (销号) nor sent it back (退回). Neither done
    /// nor behind: the unit has answered, and the wait is the office's.
    /// </summary>
    public bool AwaitingReview { get; init; }

    /// <summary>Done on record: reported 已完成 and, where the office reviews completions, closed (销号).</summary>
    public bool IsDone => Status == ReportStatus.Done && !AwaitingReview;

    /// <summary>The task's status: the lead unit's, or its collective lead's members' combined; null when none reported.</summary>
    public ReportStatus? Status { get; init; }

    /// <summary>The reported completion: the lowest of a collective lead's members.</summary>
    public decimal? Completion { get; init; }

    /// <summary>The deadline has passed on a task whose work continues after it (持续推进): not overdue.</summary>
    public bool Continuing { get; init; }

    /// <summary>For each collective leading the task, how many members reported this period.</summary>
    public IReadOnlyList<CollectiveTally> Collectives { get; init; } = [];

    /// <summary>Worst first: red before yellow; then overdue before the rest, longest first; then furthest below 序时进度;
    /// then most periods unreported.</summary>
    public static IEnumerable<TaskAssessment> WorstFirst(IEnumerable<TaskAssessment> assessments) =>
        assessments.OrderByDescending(a => a.Light)
            .ThenByDescending(a => Of(a, BehindReasonKind.Overdue)?.Days ?? -1)
            .ThenByDescending(a => Of(a, BehindReasonKind.BelowTimeProgress)?.Points ?? -1)
            .ThenByDescending(a => Of(a, BehindReasonKind.NotReported)?.Periods ?? -1)
            .ThenBy(a => a.Task.Number);

    private static BehindReason? Of(TaskAssessment a, BehindReasonKind kind) => a.Reasons.FirstOrDefault(r => r.Kind == kind);
}
