using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>The office's 通报: the plan's tasks by status and colour, the ones behind, the units that did not report.</summary>
public sealed record Bulletin(Plan Plan, string PeriodKey, DateOnly Today, IReadOnlyList<TaskAssessment> Assessments,
    IReadOnlyList<(Unit Unit, int Missing)> Unreported)
{
    /// <summary>The coordination requests still open, oldest first (filled where the bulletin goes out).</summary>
    public IReadOnlyList<Loop.OpenCoordination> Coordination { get; init; } = [];

    public IReadOnlyList<TaskAssessment> Behind => [.. TaskAssessment.WorstFirst(Assessments.Where(a => a.IsBehind))];
}
