using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// Seed 002's task 1 (全面负责旗人民政府各项重点工作) names 各地各部门 as lead: every unit. No unit is chased for it; the
/// office follows it. And how people answer on seed 002's tasks: a remark, 差不多完成了, a command while a menu is open.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class EveryUnitLeadTests(PostgresServer postgres, StorageProvider provider) : Seed002TestBase(postgres, provider)
{
    [Fact]
    public async Task A_task_every_unit_leads_is_the_offices_and_no_unit_owes_it()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var statistics = await BoundChatAsync(MemberRole.UnitReporter, "统计局");

        Assert.Contains("由政府办（督查室）统筹跟踪，不向各单位催报", (await office.SayAsync("第1项")).Texts());
        Assert.DoesNotContain("- #1 ", (await office.SayAsync("未报送")).Texts());
        Assert.Contains("您牵头的任务 1 项", (await statistics.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task A_unit_asking_to_move_the_offices_tasks_deadline_is_told_the_office_sets_it()
    {
        var statistics = await BoundChatAsync(MemberRole.UnitReporter, "统计局");

        var said = (await statistics.SayAsync("延期 1")).Texts();

        Assert.Contains("第1项由政府办（督查室）统筹，没有具体牵头单位，完成时限由督查室调整", said);
    }

    [Fact]
    public async Task A_task_every_unit_leads_is_the_offices_in_english()
    {
        var office = await BoundChatAsync(MemberRole.Office, locale: "en-US");

        Assert.Contains("the government office follows it itself", (await office.SayAsync("task 1")).Texts());
    }

    [Fact]
    public async Task A_remark_on_task_45_is_offered_as_its_report()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "林草局");

        var replies = (await unit.SayAsync("第45项草原治理工作因疫情影响有所滞后，下周补报")).Texts();

        Assert.Contains("这条记作第45项的本期汇报", replies);
        Assert.Contains("目前完成了多少", replies);
        Assert.DoesNotContain("项滞后", replies);
    }

    [Fact]
    public async Task A_remark_on_task_45_is_offered_as_its_report_in_english()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "林草局", "en-US");

        var replies = (await unit.SayAsync("task 45: grassland work delayed by the epidemic, will report next week")).Texts();

        Assert.Contains("Taking this as your report on task 45", replies);
        Assert.Contains("How far along", replies);
    }

    [Theory]
    [InlineData("zh-CN", "汇报 40", "差不多完成了", "已完成", "正常推进")]
    [InlineData("en-US", "report 40", "nearly finished", "done", "on schedule")]
    public async Task Nearly_done_is_asked_whether_done_or_on_schedule(string locale, string report, string nearly, string done, string onSchedule)
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局", locale);
        await unit.SayAsync(report);

        Assert.Equal([done, onSchedule], (await unit.SayAsync(nearly)).Buttons());
    }

    [Theory]
    [InlineData("zh-CN", "帮助", "第40项")]
    [InlineData("en-US", "help", "task 40")]
    public async Task A_command_typed_while_a_menu_is_open_runs(string locale, string help, string command)
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局", locale);
        await unit.SayAsync(help);

        Assert.Contains("发展数字农业、智慧牧场30家以上", (await unit.SayAsync(command)).Texts());
    }
}

public sealed class SqliteEveryUnitLeadTests(PostgresServer postgres) : EveryUnitLeadTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlEveryUnitLeadTests(PostgresServer postgres) : EveryUnitLeadTests(postgres, StorageProvider.PostgreSql);
