using TaskBot.Domain.Behind;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Tests.Behind;

/// <summary>Nothing is behind before TaskBot existed: unreported periods count from go-live, on the task's own rhythm.</summary>
public class GoLiveTests
{
    private static readonly DateOnly ImportDay = new(2025, 7, 1); // Tuesday of ISO week 27

    private static (Plan Plan, TaskItem Task) Imported(DateOnly? startsOn = null, PeriodKind? taskRhythm = null, PeriodKind? planRhythm = null)
    {
        var plan = new Plan("2025年分解方案", 2025);
        var draft = new PlanDraft(plan.Title, 2025, "t.txt",
            [new TaskDraft(11, "新建高标准农田8.2万亩", [], ["旗农牧局"], [], new DateOnly(2025, 12, 31), false, [], taskRhythm)])
            { Rhythm = planRhythm };
        var report = plan.Apply(draft, new UnitDirectory([], []), new LeaderDirectory([]), true);
        plan.Adopt(new PlanImportTerms(ImportDay, startsOn), report);
        return (plan, plan.Task(11)!);
    }

    private static int? Missed(BehindOptions options, Plan plan, TaskItem task, DateOnly today, ProgressReport? latest = null,
        PeriodKind? configured = null)
    {
        var rules = new BehindRules(options, new PeriodCalendar(configured));
        return rules.Assess(task, rules.Terms(plan, task), latest, today)
            .Reasons.SingleOrDefault(r => r.Kind == BehindReasonKind.NotReported)?.Periods;
    }

    [Fact]
    public void On_the_day_a_plan_is_imported_no_period_is_missed()
    {
        var (plan, task) = Imported();
        Assert.Equal(ImportDay, plan.ReportingStartsOn);
        Assert.Null(Missed(new BehindOptions(), plan, task, ImportDay));
    }

    [Fact]
    public void The_week_of_the_import_does_not_count_the_next_one_does()
    {
        var (plan, task) = Imported();
        Assert.Null(Missed(new BehindOptions(), plan, task, new DateOnly(2025, 7, 8)));
        Assert.Equal(1, Missed(new BehindOptions(), plan, task, new DateOnly(2025, 7, 15)));
    }

    [Fact]
    public void The_office_go_live_counts_when_it_is_later_than_the_import()
    {
        var (plan, task) = Imported();
        var options = new BehindOptions { ReportingStartsOn = new DateOnly(2025, 7, 14) };
        Assert.Null(Missed(options, plan, task, new DateOnly(2025, 7, 16)));
        Assert.Equal(1, Missed(options, plan, task, new DateOnly(2025, 7, 22)));
    }

    [Fact]
    public void A_go_live_given_at_import_counts_from_that_day()
    {
        var (plan, task) = Imported(startsOn: new DateOnly(2025, 6, 2));
        Assert.Equal(4, Missed(new BehindOptions(), plan, task, ImportDay));
    }

    [Fact]
    public void A_unit_bound_after_go_live_misses_no_period_before_it_was_bound()
    {
        var (plan, task) = Imported(startsOn: new DateOnly(2025, 1, 1));
        var rules = new BehindRules(new BehindOptions(), new PeriodCalendar(null));
        int? Missed(DateOnly? unitGoLive, DateOnly today) => rules.AssessParts(task, rules.Terms(plan, task), [new LeadPart(null, unitGoLive)], today)
            .Reasons.SingleOrDefault(r => r.Kind == BehindReasonKind.NotReported)?.Periods;

        Assert.Equal(25, Missed(null, ImportDay));
        Assert.Null(Missed(ImportDay, ImportDay));
        Assert.Equal(1, Missed(ImportDay, new DateOnly(2025, 7, 15)));
        Assert.Equal(25, Missed(new DateOnly(2024, 11, 1), ImportDay));
    }

    [Fact]
    public void A_reimport_keeps_the_first_go_live()
    {
        var (plan, _) = Imported();
        plan.Adopt(new PlanImportTerms(new DateOnly(2025, 9, 1)), new ImportReport { PlanTitle = plan.Title, PlanYear = 2025 });
        Assert.Equal(ImportDay, plan.ReportingStartsOn);
    }

    [Fact]
    public void A_monthly_task_misses_months_not_weeks()
    {
        var (plan, task) = Imported(taskRhythm: PeriodKind.Month);
        Assert.Null(Missed(new BehindOptions(), plan, task, new DateOnly(2025, 7, 31)));
        Assert.Equal(1, Missed(new BehindOptions(), plan, task, new DateOnly(2025, 8, 5)));
    }

    [Fact]
    public void A_half_monthly_plan_misses_half_months_unless_the_office_configured_weeks()
    {
        var (plan, task) = Imported(startsOn: new DateOnly(2025, 6, 1), planRhythm: PeriodKind.HalfMonth);
        Assert.Equal(2, Missed(new BehindOptions(), plan, task, ImportDay));
        Assert.Equal(4, Missed(new BehindOptions(), plan, task, ImportDay, configured: PeriodKind.Week));
    }

    [Fact]
    public void A_plan_moved_to_another_year_moves_its_dates()
    {
        var draft = new PlanDraft("2022年分解表", 2022, "t.txt",
            [new TaskDraft(1, "任务", [], ["旗农牧局"], [], new DateOnly(2022, 12, 31), false, [new Milestone(new DateOnly(2022, 6, 30), "6月底前")])]);
        var moved = draft.InYear(2026);
        Assert.Equal((2026, new DateOnly(2026, 12, 31), new DateOnly(2026, 6, 30)),
            (moved.Year, moved.Tasks[0].Deadline, moved.Tasks[0].Milestones[0].Date));
    }

    [Fact]
    public void A_list_imported_mid_year_counts_its_time_progress_from_its_import_the_years_plan_from_january()
    {
        var list = new Plan("2025年领导批示事项督办清单", 2025);
        var draft = new PlanDraft(list.Title, 2025, "l.txt",
            [new TaskDraft(1, "落实旗长批示", [], ["旗农牧局"], [], new DateOnly(2025, 7, 31), false, [], null)]);
        list.Adopt(new PlanImportTerms(ImportDay, List: new SupervisionList("领导批示", ListKind.Instruction)),
            list.Apply(draft, new UnitDirectory([], []), new LeaderDirectory([]), true));
        var (plan, task) = Imported();

        Assert.Equal(ImportDay, list.Task(1)!.AssignedOn);
        Assert.Equal(3.2m, BehindRules.TimeProgress(list.Task(1)!, 2025, ImportDay)); // 1 of its 31 days
        Assert.Null(task.AssignedOn);
        Assert.Equal(49.9m, BehindRules.TimeProgress(task, plan.Year, ImportDay)); // 182 of 365
    }
}
