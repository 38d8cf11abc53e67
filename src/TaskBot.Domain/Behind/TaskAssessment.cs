using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Behind;

/// <summary>A task's colour and the reasons for it, with the report it was judged on and the 序时进度 expected today.</summary>
public sealed record TaskAssessment(TaskItem Task, ProgressReport? Latest, Light Light, IReadOnlyList<BehindReason> Reasons, decimal Expected)
{
    public bool IsBehind => Light != Light.Green;

    /// <summary>Worst first: red before yellow; then overdue before the rest, longest first; then furthest below 序时进度; then most periods unreported.</summary>
    public static IEnumerable<TaskAssessment> WorstFirst(IEnumerable<TaskAssessment> assessments) =>
        assessments.OrderByDescending(a => a.Light)
            .ThenByDescending(a => Of(a, BehindReasonKind.Overdue)?.Days ?? -1)
            .ThenByDescending(a => Of(a, BehindReasonKind.BelowTimeProgress)?.Points ?? -1)
            .ThenByDescending(a => Of(a, BehindReasonKind.NotReported)?.Periods ?? -1)
            .ThenBy(a => a.Task.Number);

    private static BehindReason? Of(TaskAssessment a, BehindReasonKind kind) => a.Reasons.FirstOrDefault(r => r.Kind == kind);
}
