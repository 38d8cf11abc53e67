using System.Text.RegularExpressions;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>What people see: their tasks, one task, what is behind and why, and the office's views.</summary>
[Collection(TestCollections.Views)]
public abstract class ViewsTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task A_unit_sees_its_own_tasks_and_counts_those_a_collective_names_it_in()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var first = await chat.SayAsync("我的任务");

        // 旗直各部门 names every department on every task: it asks nothing of 旗农牧局 until a lead unit does.
        Assert.Contains("您牵头的任务 3 项，配合的任务 0 项（第 1/1 页）", first.Texts());
        Assert.Contains("**#11** 高质量推进8.2万亩高标准农田建设｜时限 2025-12-31，持续推进｜尚未报送", first.Texts());
        Assert.Contains("另有 41 项任务以「旗直各部门」「各苏木镇」等统称把本单位列为责任单位", first.Texts());
        Assert.DoesNotContain("**#7**", first.Texts());
        Assert.Equal(["我的任务 全部"], first.Buttons());
    }

    [Fact]
    public async Task All_of_a_units_tasks_come_its_own_first_then_those_it_supports_a_page_at_a_time()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var first = await chat.SayAsync("我的任务 全部");

        Assert.Contains("您牵头的任务 3 项，配合的任务 41 项（第 1/5 页）", first.Texts());
        Assert.Contains("**#7**", first.Texts());
        Assert.DoesNotContain("**#8**", first.Texts());
        Assert.DoesNotContain("另有", first.Texts());
        Assert.Equal(["我的任务 全部 第2页"], first.Buttons());
        var second = await chat.SayAsync("我的任务 全部 第2页");
        Assert.Contains("**#8**", second.Texts());
        Assert.DoesNotContain("**配合的任务**", second.Texts());
        Assert.Equal(["我的任务 全部 第3页"], second.Buttons());
    }

    [Fact]
    public async Task A_park_sees_only_the_tasks_that_name_it()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济技术开发区");
        var text = (await chat.SayAsync("我的任务")).Texts();
        Assert.Contains("您牵头的任务 2 项，配合的任务 0 项", text);
        Assert.Contains("**#7**", text);
        Assert.Contains("**#21**", text);
    }

    [Theory]
    [InlineData("我牵头的任务")]
    [InlineData("我牵头的任务怎么样了")]
    [InlineData("我分管的任务进展如何了")]
    public async Task A_leader_sees_the_tasks_they_lead(string ask)
    {
        var chat = await BoundChatAsync(MemberRole.Leader, "康锐");
        var text = (await chat.SayAsync(ask)).Texts();
        Assert.Contains("共 5 项", text);
        foreach (var n in new[] { 11, 19, 22, 30, 33 }) Assert.Contains($"**#{n}**", text);
    }

    [Theory]
    [InlineData("4号怎么样了")]
    [InlineData("第4项进展如何")]
    [InlineData("4 咋样了")]
    [InlineData("＃4")]
    [InlineData("第4项，")]
    public async Task A_task_asked_after_as_people_ask_shows_its_detail(string ask)
    {
        var chat = await BoundChatAsync(MemberRole.Leader, "马亚栋");
        Assert.Contains("开展“重大项目谋划行动”", (await chat.SayAsync(ask)).Texts());
    }

    [Fact]
    public async Task A_task_shows_its_text_people_deadline_milestones_and_reports()
    {
        var chat = await BoundChatAsync(MemberRole.Office);
        var text = (await chat.SayAsync("第4项")).Texts();
        Assert.Contains("开展“重大项目谋划行动”", text);
        Assert.Contains("牵头领导：马亚栋", text);
        Assert.Contains("牵头单位：旗发改委", text);
        Assert.Contains("责任单位：旗直各部门、各苏木镇", text);
        Assert.Contains("完成时限：2025-12-31，持续推进", text);
        Assert.Contains("节点：2025-04-30 4月份全面开工", text);
        Assert.Contains("暂无进展报送", text);
    }

    [Fact]
    public async Task A_plan_imported_again_while_the_bot_runs_is_what_people_see_next()
    {
        var chat = await BoundChatAsync(MemberRole.Office);
        Assert.Contains("高质量推进8.2万亩高标准农田建设", (await chat.SayAsync("第11项")).Texts());
        var edited = EditedSeed(seed => seed.Replace("8.2万亩", "9.6万亩", StringComparison.Ordinal));

        Assert.Equal(0, (await Shell.RunAsync(Store, "import", edited, "--year", "2025", "--starts-on", "2025-01-01")).ExitCode);

        var text = (await chat.SayAsync("第11项")).Texts();
        Assert.Contains("高质量推进9.6万亩高标准农田建设", text);
        Assert.DoesNotContain("8.2万亩", text);
    }

    [Fact]
    public async Task A_leader_asking_what_is_behind_gets_each_task_with_its_rule_worst_first()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "1.5万亩"); // 18.3% against 49.9% of the year gone
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");

        var text = (await leader.SayAsync("我牵头的任务有哪些滞后了？")).Texts();

        Assert.Contains("截至 2025-07-01，您的 5 项任务中有 4 项滞后（其中 4 项红灯）", text);
        Assert.Contains("🔴 **#11** 高质量推进8.2万亩高标准农田建设：低于序时进度 31.6 个百分点", text);
        Assert.Contains("🔴 **#19**", text);
        Assert.Contains("连续 25 期未报送", text);
        // All red; among them the one furthest below 序时进度 comes before those merely unreported.
        Assert.True(text.IndexOf("**#11**", StringComparison.Ordinal) < text.IndexOf("**#19**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_reporting_behind_is_yellow_with_its_own_reason()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(chat, 7, "滞后", "50%");

        var text = (await chat.SayAsync("哪些任务滞后")).Texts();

        Assert.Contains("🟡 **#7** 深入推进园区基础设施建设三年提升行动：单位自报滞后", text);
    }

    [Fact]
    public async Task With_no_red_task_behind_the_header_does_not_count_none_red()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(chat, 7, "滞后", "50%");
        await ReportAsync(chat, 21, "正常推进", "60%");

        var text = (await chat.SayAsync("哪些任务滞后")).Texts();

        Assert.Contains("截至 2025-07-01，您的 2 项任务中有 1 项滞后，按严重程度排列：", text);
    }

    [Fact]
    public async Task After_a_firm_deadline_an_unfinished_task_is_red_and_overdue()
    {
        var firm = EditedSeed(seed => Regex.Replace(seed, "(\n七、[\\s\\S]*?完成时限：2025年12月底前)，持续推进", "$1"));
        Assert.Equal(0, (await Shell.RunAsync(Store, "import", firm, "--year", "2025", "--starts-on", "2025-01-01")).ExitCode);
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        Clock.AdjustTime(new DateTimeOffset(2026, 1, 10, 1, 0, 0, TimeSpan.Zero));
        await ReportAsync(chat, 7, "正常推进", "95%");
        Assert.Contains("🔴 **#7** 深入推进园区基础设施建设三年提升行动：已超过完成时限 10 天", (await chat.SayAsync("滞后任务")).Texts());
    }

    [Fact]
    public async Task After_its_deadline_an_ongoing_task_is_said_to_continue_not_to_be_overdue()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗发改委");
        // The leader's list: the unit's own would put the 40 tasks it supports, unreported since January, first.
        var leader = await BoundChatAsync(MemberRole.Leader, "马亚栋");
        Clock.AdjustTime(new DateTimeOffset(2026, 1, 10, 1, 0, 0, TimeSpan.Zero));

        var line = (await leader.SayAsync("滞后任务")).Texts().Split('\n').Single(l => l.Contains("**#4**", StringComparison.Ordinal));

        Assert.DoesNotContain("已超过完成时限", line);
        Assert.Contains("（2025-12-31 后持续推进）", line);
        Assert.Contains("时限 2025-12-31，持续推进", (await chat.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task The_office_sees_which_units_have_not_reported_this_period()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "5万亩");
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("未报送")).Texts();

        Assert.Contains("本期（第27周，6月30日—7月6日）尚未报送完毕的单位", text);
        Assert.Contains("- 旗农牧局：2 项未报", text);
        Assert.Contains("- 旗政府办公室：", text);
    }

    [Fact]
    public async Task The_office_bulletin_counts_by_status_and_light_and_lists_what_is_behind()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(unit, 7, "已完成", null);
        var office = await BoundChatAsync(MemberRole.Office);

        var text = (await office.SayAsync("通报")).Texts();

        Assert.Contains("共 44 项任务", text);
        Assert.Contains("按状态：已完成待核 1 项，未报送 43 项。", text);  // 待核 until 销号; no line for what there is none of
        Assert.Contains("按灯色：🔴 43 项，⏳ 待核 1 项。", text);
        Assert.Contains("滞后任务（按严重程度）", text);
        Assert.Contains("本期未报送完毕的单位", text);
    }

    [Theory]
    [InlineData("通报")]
    [InlineData("未报送")]
    public async Task Office_views_are_for_the_office_only(string ask)
    {
        var chat = await BoundChatAsync(MemberRole.Leader, "康锐");
        Assert.Contains("仅供政府办督查室使用", (await chat.SayAsync(ask)).Texts());
    }
}

public sealed class SqliteViewsTests(PostgresServer postgres) : ViewsTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlViewsTests(PostgresServer postgres) : ViewsTests(postgres, StorageProvider.PostgreSql);
