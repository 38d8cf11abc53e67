using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reminders;

/// <summary>
/// A task led jointly by several named units (#22: 旗水利局、工信和科技局、农牧局): one report speaks for the task
/// (两个或以上部门联合办理的，由牵头部门负责报告), so once one of them has reported, the others are not chased for it.
/// </summary>
[Collection(TestCollections.Reminders)]
public abstract class JointLeadTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task Once_one_lead_unit_reported_the_others_are_neither_nudged_nor_offered_it_nor_counted_unreported()
    {
        var water = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var office = await BoundChatAsync(MemberRole.Office);
        At(2025, 7, 9, 9, 0);
        await ReportAsync(water, 22, "正常推进", "40%");
        At(2025, 7, 9, 18, 0);

        await RunAsync(ReminderJob.Escalation);

        var nudge = Assert.Single(Proactive(farming));
        Assert.Contains("旗农牧局还有 2 项任务本期未报送", nudge.Text);
        Assert.DoesNotContain("汇报 22", new[] { nudge }.Buttons());
        Assert.Contains("下一项未报送的是第33项", (await ReportAsync(farming, 11, "正常推进", "4万亩")).Texts());
        var unreported = (await office.SayAsync("未报送")).Texts();
        Assert.Contains("- 旗农牧局：1 项未报", unreported);
        var asked = (await office.SayAsync("农牧局报了吗")).Texts();
        Assert.Contains("应报 3 项，已报 2 项，**未报 1 项**", asked);
        Assert.Contains("由共同牵头的旗水利局", asked);
    }

    [Fact]
    public async Task No_change_from_a_lead_unit_that_never_reported_does_not_ask_it_for_a_task_another_lead_reported()
    {
        var water = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        At(2025, 7, 9, 9, 0);
        await ReportAsync(water, 22, "正常推进", "40%");

        var answer = (await farming.SayAsync("全部无变化")).Texts();

        Assert.Contains("#22本期（第28周，7月7日—7月13日）已报送过", answer);
        Assert.Contains("请逐项汇报：#11、#33", answer);
    }

    [Fact]
    public async Task No_change_from_another_lead_unit_does_not_put_its_older_report_over_this_periods()
    {
        var water = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var office = await BoundChatAsync(MemberRole.Office);
        At(2025, 7, 2, 9, 0);
        await ReportAsync(farming, 22, "正常推进", "30%");
        At(2025, 7, 9, 9, 0);
        await ReportAsync(water, 22, "滞后", "35%", problems: "管线征地未完成");

        await farming.SayAsync("全部无变化");

        var detail = (await office.SayAsync("第22项")).Texts();
        Assert.Contains("最近报送：\n第28周，7月7日—7月13日｜旗水利局｜滞后 35%", detail);
        Assert.DoesNotContain("第28周，7月7日—7月13日｜旗农牧局", detail);
    }
}

public sealed class SqliteJointLeadTests(PostgresServer postgres) : JointLeadTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlJointLeadTests(PostgresServer postgres) : JointLeadTests(postgres, StorageProvider.PostgreSql);
