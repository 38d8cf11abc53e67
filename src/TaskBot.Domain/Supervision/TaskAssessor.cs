using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// A task's assessment today by the behind rules, on its lead reports and on its own reporting rhythm: the one
/// definition that answers on asking and that keeps the assessments (<see cref="AssessmentProjection"/>).
/// </summary>
public sealed class TaskAssessor(BehindRules rules, PeriodCalendar periods, LocalClock clock)
{
    public TaskAssessment Assess(TaskProgress progress, TaskItem task) =>
        rules.AssessParts(task, rules.Terms(progress.PlanOf(task), task), progress.LeadParts(task), clock.Today)
            with { Collectives = progress.Tallies(task, periods.Containing(clock.Today, progress.PlanOf(task), task).Key) };
}
