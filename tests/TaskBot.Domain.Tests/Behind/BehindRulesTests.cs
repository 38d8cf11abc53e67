using TaskBot.Domain.Behind;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Tests.Behind;

/// <summary>The four rules of "behind" and the 红黄绿 thresholds, on a fixed day in the 2025 plan year.</summary>
public class BehindRulesTests
{
    private static readonly PeriodCalendar Weeks = new(PeriodKind.Week);
    private static readonly BehindRules Rules = new(new BehindOptions(), Weeks);
    private static readonly DateOnly July1 = new(2025, 7, 1); // Tuesday of ISO week 27; 序时进度 of a year-long task: 49.9

    private static TaskItem Task(DateOnly? deadline = null, params Milestone[] milestones) => Task(deadline, false, milestones);

    private static TaskItem Task(DateOnly? deadline, bool ongoing, params Milestone[] milestones)
    {
        var task = new TaskItem(11);
        task.Apply(new TaskDraft(11, "高质量推进8.2万亩高标准农田建设", [], [], [], deadline ?? new DateOnly(2025, 12, 31), ongoing, milestones), [], [], []);
        return task;
    }

    private static ProgressReport Report(ReportStatus status, decimal? completion, DateOnly? on = null) =>
        new(1, 1, Weeks.Containing(on ?? July1), new ReportContent(status, "进展", completion, null, "", "", ""), "联络员", DateTimeOffset.UnixEpoch);

    private static TaskAssessment Assess(TaskItem task, ProgressReport? report, DateOnly? today = null) =>
        Rules.Assess(task, 2025, report, today ?? July1);

    [Fact]
    public void A_task_on_schedule_and_reported_this_week_is_green()
    {
        var a = Assess(Task(), Report(ReportStatus.OnSchedule, 50));
        Assert.Equal(Light.Green, a.Light);
        Assert.Empty(a.Reasons);
    }

    [Fact]
    public void A_done_task_is_green_even_past_its_deadline()
    {
        Assert.Equal(Light.Green, Assess(Task(new DateOnly(2025, 6, 30)), Report(ReportStatus.Done, 100)).Light);
    }

    [Theory]
    [InlineData(ReportStatus.Behind, BehindReasonKind.ReportedBehind)]
    [InlineData(ReportStatus.NotStarted, BehindReasonKind.ReportedNotStarted)]
    public void A_unit_reporting_behind_or_not_started_makes_the_task_yellow(ReportStatus status, BehindReasonKind reason)
    {
        var a = Assess(Task(), Report(status, 50));
        Assert.Equal(Light.Yellow, a.Light);
        Assert.Equal(reason, Assert.Single(a.Reasons).Kind);
    }

    [Fact]
    public void A_passed_deadline_makes_the_task_red_and_says_by_how_many_days()
    {
        var a = Assess(Task(new DateOnly(2025, 6, 21)), Report(ReportStatus.OnSchedule, 99));
        var reason = Assert.Single(a.Reasons, r => r.Kind == BehindReasonKind.Overdue);
        Assert.Equal(Light.Red, a.Light);
        Assert.Equal(10, reason.Days);
    }

    [Fact]
    public void An_ongoing_task_past_its_deadline_is_not_overdue_it_continues()
    {
        var a = Assess(Task(new DateOnly(2025, 6, 21), ongoing: true), Report(ReportStatus.OnSchedule, 99));
        Assert.DoesNotContain(a.Reasons, r => r.Kind == BehindReasonKind.Overdue);
        Assert.Equal(Light.Green, a.Light);
        Assert.True(a.Continuing);
    }

    [Fact]
    public void A_passed_milestone_makes_the_task_yellow_and_names_the_milestone()
    {
        var milestone = new Milestone(new DateOnly(2025, 4, 30), "4月份全面开工");
        var a = Assess(Task(null, new Milestone(new DateOnly(2025, 3, 31), "手续全部办结"), milestone), Report(ReportStatus.OnSchedule, 50));
        var reason = Assert.Single(a.Reasons);
        Assert.Equal(BehindReasonKind.MilestonePassed, reason.Kind);
        Assert.Equal(milestone, reason.Milestone);
        Assert.Equal(Light.Yellow, a.Light);
    }

    [Theory]
    [InlineData(41, Light.Green)]   // 8.9 points below 49.9: within the tolerance
    [InlineData(39.9, Light.Yellow)] // 10 points
    [InlineData(20.0, Light.Yellow)] // 29.9 points
    [InlineData(19.9, Light.Red)]    // 30 points
    public void Completion_below_time_progress_is_yellow_from_10_points_and_red_from_30(decimal completion, Light light)
    {
        var a = Assess(Task(), Report(ReportStatus.OnSchedule, completion));
        Assert.Equal(light, a.Light);
        if (light != Light.Green) Assert.Equal(49.9m - completion, Assert.Single(a.Reasons).Points);
    }

    [Theory]
    [InlineData(0, 0, Light.Green)]  // reported this week
    [InlineData(1, 0, Light.Green)]  // reported last week; this week is not over
    [InlineData(2, 1, Light.Yellow)]
    [InlineData(3, 2, Light.Red)]
    public void Missed_reports_are_yellow_from_one_period_and_red_from_two(int weeksAgo, int missed, Light light)
    {
        var a = Assess(Task(), Report(ReportStatus.OnSchedule, 50, July1.AddDays(-7 * weeksAgo)));
        Assert.Equal(light, a.Light);
        if (missed > 0) Assert.Equal(missed, Assert.Single(a.Reasons).Periods);
    }

    [Fact]
    public void A_task_never_reported_counts_every_ended_period_since_reporting_began()
    {
        var rules = new BehindRules(new BehindOptions { ReportingStartsOn = new DateOnly(2025, 6, 16) }, Weeks);
        var a = rules.Assess(Task(), 2025, null, July1);
        Assert.Equal(2, Assert.Single(a.Reasons).Periods); // the weeks of 16 and 23 June
    }

    [Fact]
    public void Worst_first_puts_red_before_yellow_and_overdue_before_below_time_progress()
    {
        var overdue = Assess(Task(new DateOnly(2025, 6, 1)), Report(ReportStatus.OnSchedule, 90));
        var slightly = Assess(Task(), Report(ReportStatus.OnSchedule, 35));
        var badly = Assess(Task(), Report(ReportStatus.OnSchedule, 5));
        Assert.Equal([overdue, badly, slightly], TaskAssessment.WorstFirst([slightly, overdue, badly]));
    }

    [Theory]
    [InlineData(2025, 1, 1, 0.3)]
    [InlineData(2025, 12, 31, 100)]
    [InlineData(2024, 12, 31, 0)]
    public void Time_progress_is_the_share_of_the_year_passed(int y, int m, int d, decimal expected) =>
        Assert.Equal(expected, BehindRules.TimeProgress(Task(), 2025, new DateOnly(y, m, d)));
}
