using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>What the office and the leaders ask about others: a unit's tasks, whether it reported, a leader's tasks.</summary>
[Collection(TestCollections.Views)]
public abstract class LookupTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task The_office_sees_a_units_tasks_it_leads_then_those_it_supports_with_lights_and_last_reports()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "5万亩");
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("农牧局的任务")).Texts();

        // It supports 41 tasks only as one of 旗直各部门 / 各苏木镇, and no lead unit has asked it: one line, not 41.
        Assert.Contains("**旗农牧局** 牵头的任务 3 项，配合的任务 0 项（截至 2025-07-01）：", text);
        Assert.Contains("🟢 **#11** 高质量推进8.2万亩高标准农田建设｜最近：正常推进 5万亩", text); // 61% against 49.9% of the year gone
        Assert.Contains("（第27周，6月30日—7月6日）", text);
        Assert.Contains("🟢 **#33** ", text); // not behind for want of reports: 旗农牧局 went live when bound today
        Assert.Contains("另有 41 项任务以「旗直各部门」「各苏木镇」等统称把旗农牧局列为责任单位，牵头单位未征求其意见，未列出。", text);
        Assert.DoesNotContain("**#1** ", text);
    }

    [Fact]
    public async Task A_task_whose_lead_unit_asked_for_the_units_input_is_listed_among_those_it_supports()
    {
        await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        var lead = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await lead.SayAsync("征求配合意见 33 旗水利局");
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("水利局的任务")).Texts();

        Assert.Contains("**配合的任务**", text);
        Assert.Contains("**#33** ", text);
    }

    [Theory]
    [InlineData("zh-CN", "哪些任务滞后", "您的 3 项任务中")]
    [InlineData("en-US", "which tasks are behind", "of your 3 tasks")]
    public async Task A_units_behind_tasks_are_those_it_leads_not_every_task_a_collective_names_it_in(string locale, string ask, string own)
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", locale);
        var office = await BoundChatAsync(MemberRole.Office, locale: locale);
        Assert.Contains("**#4**", (await office.SayAsync(ask)).Texts()); // its 4月份全面开工 has passed

        var behind = (await unit.SayAsync(ask)).Texts();

        Assert.Contains(own, behind);
        Assert.DoesNotContain("**#4**", behind);
    }

    [Theory]
    [InlineData("人社局的任务", "旗人力资源和社会保障局")] // the alias file's short name
    [InlineData("应急局的任务", "旗应急管理局")]   // an abbreviation
    [InlineData("教育局的任务", "旗教体局")]       // an abbreviation of the alias 教育体育局
    [InlineData("农牧局的情况", "旗农牧局")]       // asked as a leader would, without 任务
    [InlineData("教育局进展怎么样了", "旗教体局")]
    public async Task A_unit_is_found_by_its_short_names(string ask, string unit)
    {
        var office = await BoundChatAsync(MemberRole.Office);
        Assert.Contains($"**{unit}** 牵头的任务", (await office.SayAsync(ask)).Texts());
    }

    [Fact]
    public async Task A_name_that_could_be_several_units_lists_them_with_a_button_each()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var replies = await office.SayAsync("旗直部门的任务");

        Assert.Contains("「旗直部门」可能指以下单位，请选择：旗直各有关部门、旗直各部门", replies.Texts());
        Assert.Equal(["旗直各有关部门的任务", "旗直各部门的任务"], replies.Buttons());
        Assert.Contains("**旗直各部门** 牵头的任务 0 项", (await office.SayAsync("旗直各部门的任务")).Texts());
    }

    [Fact]
    public async Task An_unknown_unit_is_said_to_be_unknown()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        Assert.Contains("没有找到单位「火星局」", (await office.SayAsync("火星局的任务")).Texts());
    }

    [Fact]
    public async Task A_unit_may_ask_about_itself_but_not_about_another_unit()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains("**旗农牧局** 牵头的任务 3 项", (await unit.SayAsync("农牧局的任务")).Texts());
        Assert.Contains("您只能查询本单位的情况", (await unit.SayAsync("水利局的任务")).Texts());
        Assert.Contains("您只能查询本单位的情况", (await unit.SayAsync("水利局报了吗")).Texts());
        Assert.Contains("供政府办督查室和牵头领导使用", (await unit.SayAsync("马亚栋的任务")).Texts());
    }

    [Fact]
    public async Task Whether_a_unit_reported_lists_this_periods_owed_tasks_missing_first_then_reported_with_when()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "5万亩");
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");

        var text = (await leader.SayAsync("农牧局本周报了吗")).Texts();

        Assert.Contains("**旗农牧局** 本期（第27周，6月30日—7月6日）应报 3 项，已报 1 项，**未报 2 项**：", text);
        Assert.Contains("⬜ **#22** ", text);
        Assert.Contains("⬜ **#33** ", text);
        Assert.Contains("✅ **#11** 高质量推进8.2万亩高标准农田建设｜2025-07-01 09:00 联络员 报送：正常推进 5万亩", text);
        Assert.True(text.IndexOf("**#33**", StringComparison.Ordinal) < text.IndexOf("**#11**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_that_reported_everything_is_said_to_have()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(park, 7, "正常推进", "50%");
        await ReportAsync(park, 21, "正常推进", "50%");
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("苏里格经济技术开发区报了吗")).Texts();

        Assert.Contains("**苏里格经济开发区** 本期（第27周，6月30日—7月6日）应报的 2 项已全部报送", text);
    }

    [Fact]
    public async Task A_task_reported_done_this_period_counts_as_reported_not_as_owed_no_longer()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(park, 7, "已完成", null);
        await ReportAsync(park, 21, "正常推进", "50%");
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("苏里格经济技术开发区报了吗")).Texts();

        Assert.Contains("**苏里格经济开发区** 本期（第27周，6月30日—7月6日）应报的 2 项已全部报送", text);
        Assert.Contains("✅ **#7** ", text);
    }

    [Fact]
    public async Task The_office_sees_a_leaders_tasks_with_lights()
    {
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(park, 7, "已完成", null);
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("阿拉腾朝鲁的任务")).Texts();

        Assert.Contains("**阿拉腾朝鲁** 同志牵头的任务共 13 项（截至 2025-07-01）：🔴 12 项，🟡 0 项，🟢 0 项，⏳ 待核 1 项", text);
        Assert.Contains("⏳ **#7** 深入推进园区基础设施建设三年提升行动｜最近：已完成（待核）", text);  // until the office's 销号
        Assert.Contains("🔴 **#3** ", text);
    }

    [Fact]
    public async Task A_leader_may_ask_about_another_leader_and_about_themselves_gets_their_own_list()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");

        Assert.Contains("**马亚栋** 同志牵头的任务共 14 项", (await leader.SayAsync("马亚栋的任务")).Texts());
        var own = (await leader.SayAsync("康锐的任务")).Texts();
        Assert.Equal((await leader.SayAsync("我分管的任务")).Texts(), own);
        Assert.Contains("共 5 项", own);
    }

    [Fact]
    public async Task An_unknown_leader_is_answered_with_the_plans_leaders()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        Assert.Contains("没有找到牵头领导「柳天云」。本方案的牵头领导：", (await office.SayAsync("柳天云的任务")).Texts());
    }

    [Fact]
    public async Task Who_has_not_reported_this_week_is_the_not_reported_list()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        Assert.Equal((await office.SayAsync("未报送")).Texts(), (await office.SayAsync("本周谁没报")).Texts());
    }

    [Fact]
    public async Task In_English_the_same_lookups_answer_in_English()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "5万亩");
        // Unit and leader names are Chinese, so a message naming one reads as Chinese: English is chosen in the help menu.
        var office = await BoundChatAsync(MemberRole.Office);
        await office.SayAsync("帮助");
        Assert.Contains("from now on", (await office.SayAsync("English")).Texts());

        var tasks = (await office.SayAsync("tasks of 农牧局")).Texts();
        Assert.Contains("**旗农牧局** leads 3 task(s) and supports 0 (as of 2025-07-01):", tasks);
        Assert.Contains("41 more tasks name 旗农牧局 only through a collective", tasks);
        var reported = (await office.SayAsync("has 农牧局 reported")).Texts();
        Assert.Contains("3 owed, 1 reported, **2 not reported**", reported);
        Assert.Contains("| 2025-07-01 09:00 by 联络员: ", reported);
        Assert.Contains("Tasks **马亚栋** leads: 14", (await office.SayAsync("tasks of 马亚栋")).Texts());
        Assert.Contains("I found no unit called \"火星局\"", (await office.SayAsync("tasks of 火星局")).Texts());
    }
}

public sealed class SqliteLookupTests(PostgresServer postgres) : LookupTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlLookupTests(PostgresServer postgres) : LookupTests(postgres, StorageProvider.PostgreSql);
