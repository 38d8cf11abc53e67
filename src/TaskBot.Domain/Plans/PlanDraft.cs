using TaskBot.Domain.Periods;

namespace TaskBot.Domain.Plans;

/// <summary>
/// A decomposition document as parsed: the plan's identity, the 旗 or 县 it belongs to, the reporting rhythm its
/// preamble states (每周一调度，半月一报告), and its numbered tasks.
/// </summary>
public sealed record PlanDraft(string Title, int Year, string Source, IReadOnlyList<TaskDraft> Tasks)
{
    public string Organisation { get; init; } = "";
    public PeriodKind? Rhythm { get; init; }

    /// <summary>The same plan for another year (the office re-uses a table, <c>--year</c>): its dates move with it.</summary>
    public PlanDraft InYear(int year)
    {
        var years = year - Year;
        if (years == 0) return this;
        return this with
        {
            Year = year,
            Tasks = [.. Tasks.Select(t => t with
            {
                Deadline = t.Deadline?.AddYears(years),
                Milestones = [.. t.Milestones.Select(m => m with { Date = m.Date.AddYears(years) })],
            })],
        };
    }
}
