using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Behind;

/// <summary>
/// What "behind" (滞后) means: a task is behind when its unit says so (滞后, 未启动), when its deadline (unless the
/// work continues after it, 持续推进) or a milestone has passed and it is not done,
/// when its reported completion is below 序时进度 by more than the tolerance, or when
/// no report came for the last period(s).
/// </summary>
public sealed class BehindRules(BehindOptions options, PeriodCalendar periods)
{
    /// <summary>The terms a plan's task is judged on: its year, its rhythm, and go-live (the later of the plan's and the office's).</summary>
    public ReportingTerms Terms(Plan plan, TaskItem task) =>
        new(plan.Year, periods.KindOf(plan, task), Later(plan.ReportingStartsOn, options.ReportingStartsOn));

    /// <param name="latest">The task's latest report: the lead unit's, which is the task's report.</param>
    public TaskAssessment Assess(TaskItem task, int planYear, ProgressReport? latest, DateOnly today) =>
        Assess(task, new ReportingTerms(planYear, periods.Kind, options.ReportingStartsOn), latest, today);

    /// <param name="latest">The task's latest report: the lead unit's, which is the task's report.</param>
    public TaskAssessment Assess(TaskItem task, ReportingTerms terms, ProgressReport? latest, DateOnly today)
    {
        var planYear = terms.Year;
        var expected = TimeProgress(task, planYear, today);
        var continuing = task.Ongoing && task.Deadline < today;
        if (latest?.Status == ReportStatus.Done)
            return new(task, latest, Light.Green, [], expected) { Status = latest.Status, Completion = latest.Completion, Continuing = continuing };
        var reasons = new List<BehindReason>();
        if (latest?.Status == ReportStatus.Behind) reasons.Add(new(BehindReasonKind.ReportedBehind, Light.Yellow));
        if (latest?.Status == ReportStatus.NotStarted) reasons.Add(new(BehindReasonKind.ReportedNotStarted, Light.Yellow));
        if (task.Deadline is { } deadline && deadline < today && !task.Ongoing)
            reasons.Add(new(BehindReasonKind.Overdue, Light.Red, Days: today.DayNumber - deadline.DayNumber));
        if (task.Milestones.Where(m => m.Date < today && (task.Deadline is null || m.Date < task.Deadline)).MaxBy(m => m.Date) is { } milestone)
            reasons.Add(new(BehindReasonKind.MilestonePassed, Light.Yellow, Days: today.DayNumber - milestone.Date.DayNumber, Milestone: milestone));
        if (latest?.Completion is { } completion && expected - completion >= options.YellowPoints)
            reasons.Add(new(BehindReasonKind.BelowTimeProgress, expected - completion >= options.RedPoints ? Light.Red : Light.Yellow,
                Points: expected - completion));
        var missed = MissedPeriods(terms, latest, today);
        if (missed >= options.YellowMissedReports)
            reasons.Add(new(BehindReasonKind.NotReported, missed >= options.RedMissedReports ? Light.Red : Light.Yellow, Periods: missed));
        return new(task, latest, Worst(reasons), reasons, expected)
            { Status = latest?.Status, Completion = latest?.Completion, Continuing = continuing };
    }

    /// <summary>
    /// A task judged on several parts (each member of a collective lead unit): the worst light, each reason at its
    /// worst, the lowest completion, done only when every part is; the report shown is the worst-off part's.
    /// </summary>
    /// <remarks>Each part's unreported periods count from its unit's go-live; a task no unit answers for (the office
    /// owns it) misses none.</remarks>
    public TaskAssessment AssessParts(TaskItem task, ReportingTerms terms, IReadOnlyList<LeadPart> parts, DateOnly today)
    {
        if (parts.Count == 0) return Assess(task, terms.Unowed, null, today);
        if (parts.Count == 1) return Assess(task, terms.ForUnit(parts[0].UnitGoLive), parts[0].Latest, today);
        var each = parts.Select(p => Assess(task, terms.ForUnit(p.UnitGoLive), p.Latest, today)).ToList();
        var worst = TaskAssessment.WorstFirst(each).First();
        var reasons = each.SelectMany(a => a.Reasons).GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .Select(g => g.MaxBy(r => (r.Light, r.Points ?? 0, r.Days ?? 0, r.Periods ?? 0))!).ToList();
        return new(task, worst.Latest, Worst(reasons), reasons, worst.Expected)
        {
            Status = CombinedStatus([.. parts.Select(p => p.Latest)]),
            Completion = parts.Min(p => p.Latest?.Completion),
            Continuing = worst.Continuing,
        };
    }

    /// <summary>None reported: none; all done: done; else the worst status a part reported (未启动 worst), 正常推进 when the rest are done.</summary>
    private static ReportStatus? CombinedStatus(IReadOnlyList<ProgressReport?> parts)
    {
        if (parts.All(p => p is null)) return null;
        if (parts.All(p => p?.Status == ReportStatus.Done)) return ReportStatus.Done;
        return parts.Where(p => p is not null && p.Status != ReportStatus.Done).Select(p => p!.Status).DefaultIfEmpty(ReportStatus.OnSchedule).Max();
    }

    private static Light Worst(IReadOnlyList<BehindReason> reasons) => reasons.Count == 0 ? Light.Green : reasons.Max(r => r.Light);

    /// <summary>
    /// 序时进度: the share of the task's time, from the plan year's start (or the day it was given, when later) to its
    /// deadline, that has passed.
    /// </summary>
    public static decimal TimeProgress(TaskItem task, int planYear, DateOnly today)
    {
        var yearStart = new DateOnly(planYear, 1, 1);
        var start = task.AssignedOn is { } given && given > yearStart ? given : yearStart;
        var end = task.Deadline ?? new DateOnly(planYear, 12, 31);
        if (end < start) return 100;
        var share = (decimal)(today.DayNumber - start.DayNumber + 1) / (end.DayNumber - start.DayNumber + 1);
        return Math.Round(Math.Clamp(share, 0, 1) * 100, 1);
    }

    /// <summary>
    /// The periods of the task's rhythm that have ended since the last report without one: only periods that began
    /// on or after go-live count, so nothing is missed before TaskBot existed, nor on the day a plan is imported.
    /// </summary>
    private int MissedPeriods(ReportingTerms terms, ProgressReport? latest, DateOnly today)
    {
        var from = Later(new DateOnly(terms.Year, 1, 1), terms.StartsOn) ?? default;
        if (latest is not null && latest.PeriodStart >= from) from = PeriodCalendar.Containing(latest.PeriodStart, terms.Kind).End.AddDays(1);
        var missed = 0;
        for (var p = periods.Previous(PeriodCalendar.Containing(today, terms.Kind)); p.Start >= from && missed < 1000; p = periods.Previous(p))
            missed++;
        return missed;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
