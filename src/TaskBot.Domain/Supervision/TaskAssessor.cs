using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// A task's assessment today by the behind rules, on its lead reports and on its own reporting rhythm: the one
/// definition that answers on asking and that keeps the assessments (<see cref="AssessmentProjection"/>). A task
/// reported done whose 已完成 waits for the office (待核) is judged as done, so it is not behind, and marked as waiting.
/// </summary>
public sealed class TaskAssessor(BehindRules rules, PeriodCalendar periods, LocalClock clock)
{
    public TaskAssessment Assess(TaskProgress progress, TaskItem task) =>
        rules.AssessParts(task, rules.Terms(progress.PlanOf(task), task), progress.LeadParts(task), clock.Today)
            with
            {
                Collectives = progress.Tallies(task, periods.Containing(clock.Today, progress.PlanOf(task), task).Key),
                AwaitingReview = progress.AwaitsReview(task) && progress.IsDone(task),
            };
}
