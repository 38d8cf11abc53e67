using TaskBot.Domain.Behind;
using TaskBot.Domain.Leaders;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Tests.Supervision;

/// <summary>
/// 各地各部门 as 牵头单位 (seed 002, task 1: the 旗长's own duties) names every unit: it supports rather than leads, and
/// when no other unit leads, the office owns the task and no unit is chased for it.
/// </summary>
public class EveryUnitLeadTests
{
    private static readonly DateOnly Today = new(2025, 7, 1);

    private static Plan Imported()
    {
        var plan = new Plan("2025年分解方案", 2025);
        plan.Apply(new PlanDraft(plan.Title, 2025, "t.txt",
            [
                new TaskDraft(1, "全面负责旗人民政府各项重点工作", [], ["各地各部门"], ["各地各部门"], new DateOnly(2025, 12, 31), false, []),
                new TaskDraft(2, "优化营商环境", [], ["旗政务服务局", "各地各部门"], [], new DateOnly(2025, 12, 31), false, []),
                new TaskDraft(3, "草原治理", [], ["各苏木镇"], [], new DateOnly(2025, 12, 31), false, []),
            ]), new UnitDirectory([], []), new LeaderDirectory([]), planCreated: true);
        plan.Adopt(new PlanImportTerms(new DateOnly(2025, 1, 1)), new ImportReport { PlanTitle = plan.Title, PlanYear = 2025 });
        return plan;
    }

    [Fact]
    public void Every_unit_named_as_the_only_lead_leaves_the_task_to_the_office()
    {
        var task = Imported().Task(1)!;

        Assert.True(task.OwnedByOffice);
        Assert.Empty(task.AnsweringUnits);
        Assert.Contains(task.SupportingUnits, u => u.Name == "各地各部门");
    }

    [Fact]
    public void Every_unit_named_beside_a_lead_unit_supports_it()
    {
        var task = Imported().Task(2)!;

        Assert.False(task.OwnedByOffice);
        Assert.Equal(["旗政务服务局"], task.AnsweringUnits.Select(u => u.Name));
        Assert.Equal(["各地各部门"], task.SupportingUnits.Select(u => u.Name));
    }

    [Fact]
    public void A_collective_of_one_kind_still_leads()
    {
        var task = Imported().Task(3)!;

        Assert.Equal(["各苏木镇"], task.AnsweringUnits.Select(u => u.Name));
    }

    [Fact]
    public void A_task_the_office_owns_misses_no_period_for_want_of_reports()
    {
        var plan = Imported();
        var task = plan.Task(1)!;
        var rules = new BehindRules(new BehindOptions(), new PeriodCalendar(PeriodKind.Week));

        var a = rules.AssessParts(task, rules.Terms(plan, task), [], Today);

        Assert.DoesNotContain(a.Reasons, r => r.Kind == BehindReasonKind.NotReported);
        Assert.Equal(25, rules.AssessParts(task, rules.Terms(plan, task), [new LeadPart(null, null)], Today)
            .Reasons.Single(r => r.Kind == BehindReasonKind.NotReported).Periods);
    }
}
