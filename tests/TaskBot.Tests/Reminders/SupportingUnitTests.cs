using System.Text.RegularExpressions;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reminders;

/// <summary>
/// Lead and supporting units (牵头 and 配合) in the 2025 plan, with task 11 (led by 旗农牧局) naming 各苏木镇、图克镇、
/// 旗统计局 as responsible units: 旗统计局 supports task 11 by name and every other task through 旗直各部门, 图克镇
/// through 各苏木镇, and neither leads any. A unit is asked for what it owes: the tasks it leads.
/// </summary>
[Collection(TestCollections.Reminders)]
public abstract class SupportingUnitTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    // Its own plan, imported into a migrated store: not on top of the seed the base class starts from.
    protected override string TemplateKey => StoreTemplates.Migrated;

    protected override void Configure(TestStore store)
    {
        var plan = EditedSeed(text => new Regex("责任单位：各苏木镇\n").Replace(text, "责任单位：各苏木镇、图克镇、旗统计局\n", 1));
        Assert.Equal(0, Shell.RunAsync(store, "import", plan, "--year", "2025", "--starts-on", "2025-01-01").GetAwaiter().GetResult().ExitCode);
    }

    [Fact]
    public async Task Supporting_units_get_no_weekly_message_and_a_lead_unit_only_its_own_tasks()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var township = await BoundChatAsync(MemberRole.UnitReporter, "图克镇");
        var statistics = await BoundChatAsync(MemberRole.UnitReporter, "旗统计局");

        await RunAsync(ReminderJob.Weekly, now: true);

        Assert.Empty(Proactive(township));
        Assert.Empty(Proactive(statistics));
        var weekly = Assert.Single(Proactive(farming));
        Assert.Contains("**本周调度（第27周，6月30日—7月6日）** 旗农牧局有 3 项任务本期待报送", weekly.Text);
        Assert.Equal(["汇报 11", "汇报 22", "汇报 33"], new[] { weekly }.Buttons());
    }

    [Fact]
    public async Task Supporting_units_are_not_nudged_nor_offered_their_supported_tasks_as_next()
    {
        var statistics = await BoundChatAsync(MemberRole.UnitReporter, "旗统计局");
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        At(2025, 7, 9, 18, 0);

        await RunAsync(ReminderJob.Escalation);

        Assert.Empty(Proactive(statistics));
        Assert.Contains("旗农牧局还有 3 项任务本期未报送", Assert.Single(Proactive(farming)).Text);
        var saved = (await ReportAsync(farming, 11, "正常推进", "4万亩")).Texts();
        Assert.Contains("下一项未报送的是第22项", saved);
        Assert.DoesNotContain("下一项", (await ReportAsync(statistics, 4, "滞后", "30%")).Texts());
    }

    [Fact]
    public async Task My_tasks_lists_the_units_own_tasks_first_then_those_it_supports()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var page = (await farming.SayAsync("我的任务 全部")).Texts();

        Assert.StartsWith("您牵头的任务 3 项，配合的任务 41 项（第 1/5 页）：\n\n**#11** 高质量推进8.2万亩高标准农田建设", page);
        Assert.True(page.IndexOf("**#33**", StringComparison.Ordinal) < page.IndexOf("**配合的任务**", StringComparison.Ordinal));
        Assert.True(page.IndexOf("**配合的任务**", StringComparison.Ordinal) < page.IndexOf("**#1** ", StringComparison.Ordinal));
        Assert.DoesNotContain("**#8**", page);
    }

    [Fact]
    public async Task The_lead_unit_asks_a_supporting_unit_whose_input_comes_back_to_it()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var statistics = await BoundChatAsync(MemberRole.UnitReporter, "旗统计局");
        var township = await BoundChatAsync(MemberRole.UnitReporter, "图克镇");
        Assert.Equal(["征求配合意见 11"], (await farming.SayAsync("第11项")).Buttons());

        var sent = (await farming.SayAsync("征求配合意见 11 统计局")).Texts();
        await DrainAsync();

        Assert.Contains("已请第11项的 1 个配合单位报送本期（第27周，6月30日—7月6日）配合意见：旗统计局", sent);
        Assert.Empty(Proactive(township));
        var request = Assert.Single(Proactive(statistics));
        Assert.Equal("**配合请求（第27周，6月30日—7月6日）** 旗农牧局请旗统计局报送第11项「高质量推进8.2万亩高标准农田建设」的配合意见。", request.Text);
        Assert.Equal(["汇报 11"], new[] { request }.Buttons());
        Assert.Contains("配合进展", (await ReportAsync(statistics, 11, "正常推进", "4万亩")).Texts());
        await DrainAsync();
        var input = Assert.Single(Proactive(farming));
        Assert.Contains("**配合意见** 旗统计局报送了第11项「高质量推进8.2万亩高标准农田建设」的配合意见：正常推进 4万亩 (48.8%)｜完成土地平整2.3万亩", input.Text);
        Assert.Contains("存在问题：部分地块灌溉水源未落实", input.Text);
        Assert.Contains("第27周，6月30日—7月6日｜旗统计局（配合）｜正常推进", (await farming.SayAsync("第11项")).Texts());
    }

    [Fact]
    public async Task A_supporting_unit_that_gave_its_input_this_period_is_not_asked_again()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var statistics = await BoundChatAsync(MemberRole.UnitReporter, "旗统计局");
        await farming.SayAsync("征求配合意见 11 统计局");
        await ReportAsync(statistics, 11, "正常推进", "4万亩");

        var again = (await farming.SayAsync("征求配合意见 11 统计局")).Texts();
        var all = (await farming.SayAsync("征求配合意见 11")).Texts();
        await DrainAsync();

        Assert.Contains("第11项的配合单位本期（第27周，6月30日—7月6日）都已报送配合意见，未再发送请求：旗统计局", again);
        Assert.Contains("已请第11项的 1 个配合单位报送本期（第27周，6月30日—7月6日）配合意见：图克镇", all);
        Assert.Contains("另有 1 个单位本期已报送配合意见，未再打扰：旗统计局", all);
        Assert.Single(Proactive(statistics), a => a.Text!.Contains("**配合请求"));
    }

    [Fact]
    public async Task Supporting_units_may_be_named_short_as_people_say_them()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var sent = (await farming.SayAsync("征求配合意见 11 统计、图克")).Texts();

        Assert.Contains("已请第11项的 2 个配合单位", sent);
        Assert.Contains("旗统计局", sent);
        Assert.Contains("图克镇", sent);
    }

    [Fact]
    public async Task Asking_all_supporting_units_reaches_each_and_names_those_no_one_can_be_asked_in()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var township = await BoundChatAsync(MemberRole.UnitReporter, "图克镇");

        var sent = (await farming.SayAsync("征求配合意见 11")).Texts();
        await DrainAsync();

        Assert.Contains("已请第11项的 2 个配合单位", sent);
        Assert.Contains("其中 1 个单位还没有人绑定 TaskBot，消息无法送达，请线下联系：旗统计局", sent);
        Assert.Equal(["汇报 11"], Proactive(township).Buttons());
        Assert.Contains("您牵头的任务 0 项，配合的任务 43 项", (await township.SayAsync("我的任务 全部")).Texts());
        Assert.Contains("｜牵头单位已请您报送配合意见", (await township.SayAsync("我的任务")).Texts());
        Assert.Contains("没有「旗公安局」", (await farming.SayAsync("征求配合意见 11 旗公安局")).Texts());
        Assert.Contains("您的单位不是牵头单位", (await township.SayAsync("征求配合意见 11")).Texts());
    }

    [Fact]
    public async Task The_weekly_message_leaves_out_reported_tasks_and_says_when_all_are_reported()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(park, 7, "正常推进", "50%");
        await ReportAsync(park, 21, "正常推进", "50%");
        await ReportAsync(farming, 11, "正常推进", "4万亩");

        await RunAsync(ReminderJob.Weekly, now: true);

        var weekly = Assert.Single(Proactive(farming)).Text!;
        Assert.Contains("旗农牧局本期已报送 1 项，还有 2 项待报送", weekly);
        Assert.DoesNotContain("#11", weekly);
        Assert.Contains("- #22 ", weekly);
        var done = Assert.Single(Proactive(park));
        Assert.Equal("**本周调度（第27周，6月30日—7月6日）** 苏里格经济开发区本期已全部报送（2 项），谢谢！", done.Text);
        Assert.Empty(new[] { done }.Buttons());
    }

    [Fact]
    public async Task In_english_the_weekly_my_tasks_and_a_request_for_input_read_the_same_way()
    {
        var farming = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        var statistics = await BoundChatAsync(MemberRole.UnitReporter, "旗统计局", "en-US");
        var park = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区", "en-US");
        await ReportEnglishAsync(park, 7);
        await ReportEnglishAsync(park, 21);

        await RunAsync(ReminderJob.Weekly, now: true);
        Assert.Empty(Proactive(statistics));
        Assert.Contains("旗农牧局 has 3 task(s) to report on", Assert.Single(Proactive(farming)).Text);
        Assert.Contains("has reported on all its tasks this period (2)", Assert.Single(Proactive(park)).Text);
        var tasks = (await farming.SayAsync("my tasks all")).Texts();
        Assert.StartsWith("Tasks you lead: 3; tasks you support: 41 (page 1 of 5):\n\n**#11** ", tasks);
        Assert.Contains("**Tasks you support**", tasks);

        var sent = (await farming.SayAsync("ask supporting units 11")).Texts();
        Assert.Contains("Asked 2 supporting unit(s) of task 11 for their input this period (week 27, 30 Jun – 6 Jul): 图克镇, 旗统计局", sent);
        Assert.Contains("No one in 1 of them is bound to TaskBot yet", sent);
        await DrainAsync();
        var request = Proactive(statistics).Single();
        Assert.Contains("**Input requested (week 27, 30 Jun – 6 Jul)** 旗农牧局 asks 旗统计局 for its input on task 11", request.Text);
        Assert.Equal(["report 11"], new[] { request }.Buttons());
        await ReportEnglishAsync(statistics, 11, "1.5");
        await DrainAsync();
        Assert.Contains("**Input from a supporting unit** 旗统计局 reported its input on task 11", Proactive(farming)[1].Text);
    }

    private static async Task ReportEnglishAsync(Chat chat, int number, string completion = "50%")
    {
        var all = new List<string>();
        foreach (var say in new[] { $"report {number}", "on schedule", "works under way", completion, "none", "carry on", "none", "yes" })
            all.Add(say + " => " + (await chat.SayAsync(say)).Texts());
        Assert.True(string.Join("\n", all).Contains("submitted"), string.Join("\n", all));
    }
}

public sealed class SqliteSupportingUnitTests(PostgresServer postgres) : SupportingUnitTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlSupportingUnitTests(PostgresServer postgres) : SupportingUnitTests(postgres, StorageProvider.PostgreSql);
