using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.People;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>Reporting progress on a task, as transcripts: every status, every bad answer, edits, 无变化, cancel, restart.</summary>
[Collection(TestCollections.Reporting)]
public abstract class ReportingTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task A_full_report_with_the_tasks_target_is_read_back_saved_and_the_next_task_offered()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Equal(["正常推进", "已完成", "滞后", "未启动"], (await chat.SayAsync("汇报第11项")).Buttons());
        await chat.SayAsync("正常推进");
        Assert.Contains("目标为 8.2万亩", (await chat.SayAsync("完成土地平整2.3万亩")).Texts());
        await chat.SayAsync("5.1万亩");
        await chat.SayAsync("部分地块灌溉水源未落实");
        await chat.SayAsync("加快推进灌溉配套");

        var readBack = await chat.SayAsync("协调水利局落实水源");
        Assert.Contains("完成情况：5.1万亩 (62.2%)", readBack.Texts());
        Assert.Contains("需协调事项：协调水利局落实水源", readBack.Texts());
        Assert.Equal(0, await ReportCountAsync());

        var saved = await chat.SayAsync("是");
        Assert.Contains("已提交第11项本期（第27周，6月30日—7月6日）进展", saved.Texts());
        Assert.Equal(["汇报 22"], saved.Buttons()); // the next task it leads, not #12 which it only supports
        var report = await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().SingleAsync());
        Assert.Equal((ReportStatus.OnSchedule, 62.2m, "5.1万亩", "2025-W27"),
            (report.Status, report.Completion!.Value, report.CurrentValue, report.PeriodKey));
    }

    [Fact]
    public async Task This_weeks_amount_given_as_the_completion_asks_for_the_total_done_so_far()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        foreach (var answer in new[] { "汇报11", "正常推进", "完成土地平整1.2万亩" })
            await chat.SayAsync(answer);

        var asked = (await chat.SayAsync("本周完成平整1.2万亩")).Texts();

        Assert.Contains("「本周完成平整1.2万亩」是本期新做的量", asked);
        Assert.Contains("目标为 8.2万亩", asked);
        foreach (var answer in new[] { "6.3万亩", "无", "加快灌溉配套" })
            await chat.SayAsync(answer);
        Assert.Contains("完成情况：6.3万亩 (76.8%)", (await chat.SayAsync("无")).Texts());
    }

    [Fact]
    public async Task This_weeks_amount_in_a_whole_report_is_progress_and_the_total_is_asked()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = (await chat.SayAsync("汇报11：正常推进，本周完成平整1.2万亩，问题：无，下步：加快灌溉配套，协调：无")).Texts();

        Assert.Contains("目标为 8.2万亩", asked);
        Assert.Contains("- 进展情况：本周完成平整1.2万亩\n- 完成情况：6.3万亩 (76.8%)", (await chat.SayAsync("6.3万亩")).Texts());
    }

    [Theory]
    [InlineData("旗农牧局", 11, "累计下降5%", "请填写当前完成量（例如 高标准农田8.2万亩")]
    [InlineData("旗政府办公室", 2, "截至目前同比增长12%", "「截至目前同比增长12%」是指标的增减幅度")]
    public async Task A_rate_said_after_累计_at_the_completion_question_is_not_the_completion(string unit, int task, string said, string told)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, unit);
        foreach (var answer in new[] { $"汇报{task}", "正常推进", "单位GDP能耗继续下降" })
            await chat.SayAsync(answer);

        Assert.Contains(told, (await chat.SayAsync(said)).Texts());
        foreach (var answer in new[] { "60%", "无", "继续推进" })
            await chat.SayAsync(answer);
        Assert.Contains("- 完成情况：60%\n", (await chat.SayAsync("无")).Texts());
    }

    [Theory]
    [InlineData("截至本周累计完成平整5.1万亩，正常推进，问题：无，下步：加快灌溉配套，协调：无")]
    [InlineData("本周累计完成平整5.1万亩，正常推进，问题：无，下步：加快灌溉配套，协调：无")]
    public async Task A_total_said_with_this_week_is_taken_as_the_total(string said)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains("- 完成情况：5.1万亩 (62.2%)", (await chat.SayAsync("汇报11：" + said)).Texts());
    }

    [Theory]
    [InlineData("累计节水320万立方米")]
    [InlineData("已累计新增节水量320万立方米")]
    [InlineData("本周节水50万立方米，累计节水320万立方米")]
    [InlineData("截至本周累计完成节水320万立方米")]
    public async Task A_total_with_a_verb_after_累计_is_taken_as_the_completion(string said)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        foreach (var answer in new[] { "汇报22", "正常推进", "推广滴灌节水灌溉" })
            await chat.SayAsync(answer);

        Assert.Contains("存在哪些问题", (await chat.SayAsync(said)).Texts());
        foreach (var answer in new[] { "无", "继续推进" })
            await chat.SayAsync(answer);
        Assert.Contains("完成情况：320万立方米 (53.3%)", (await chat.SayAsync("无")).Texts());
    }

    [Fact]
    public async Task A_total_after_this_weeks_amount_in_a_whole_report_is_the_completion()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var readBack = (await chat.SayAsync("汇报22：正常推进，本周节水50万立方米，累计节水320万立方米，问题：无，下步：继续推进，协调：无")).Texts();

        Assert.Contains("- 完成情况：320万立方米 (53.3%)", readBack);
    }

    [Theory]
    [InlineData("已完成", null, ReportStatus.Done)]
    [InlineData("正常推进", "60%", ReportStatus.OnSchedule)]
    [InlineData("序时推进", "60", ReportStatus.OnSchedule)]
    [InlineData("滞后", "20%", ReportStatus.Behind)]
    [InlineData("未启动", "0", ReportStatus.NotStarted)]
    public async Task Each_status_is_saved(string answer, string? completion, ReportStatus status)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        Assert.Contains("已提交第1项", (await ReportAsync(chat, 1, answer, completion)).Texts());
        var report = await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().SingleAsync());
        Assert.Equal(status, report.Status);
        Assert.Equal(status == ReportStatus.Done ? 100 : decimal.Parse(completion!.TrimEnd('%')), report.Completion);
    }

    [Theory]
    [InlineData("150", "请输入 0 到 100 之间的数字")]
    [InlineData("150%", "请输入 0 到 100 之间的数字")]
    [InlineData("abc", "「abc」不是数字")]
    public async Task A_bad_percentage_is_asked_again_and_nothing_is_saved(string answer, string why)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        await chat.SayAsync("汇报 1");
        await chat.SayAsync("正常推进");
        await chat.SayAsync("完成年度目标分解");

        var replies = await chat.SayAsync(answer);

        Assert.Contains(why, replies.Texts());
        Assert.Contains("目前完成了多少", replies.Texts());
        Assert.Equal(0, await ReportCountAsync());
        Assert.Contains("存在哪些问题", (await chat.SayAsync("45%")).Texts());
    }

    [Fact]
    public async Task A_task_with_no_target_takes_none_for_completion_saves_it_empty_and_the_next_period_does_not_ask_it_again()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        await chat.SayAsync("汇报 1");
        await chat.SayAsync("正常推进");
        Assert.Contains("回复「暂无」", (await chat.SayAsync("完成年度目标分解")).Texts());
        Assert.Contains("存在哪些问题", (await chat.SayAsync("暂无")).Texts());
        await chat.SayAsync("无");
        await chat.SayAsync("加快推进");
        Assert.Contains("完成情况：暂无\n", (await chat.SayAsync("无")).Texts());
        Assert.Contains("已提交第1项", (await chat.SayAsync("是")).Texts());
        Assert.Null((await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().SingleAsync())).Completion);

        Clock.Advance(TimeSpan.FromDays(7));
        await chat.SayAsync("汇报 1");
        var readBack = (await chat.SayAsync("下步：督促各单位按月报送")).Texts();

        Assert.Contains("完成情况：暂无（同上期）", readBack);
        Assert.DoesNotContain("目前完成了多少", readBack);
    }

    [Fact]
    public async Task A_report_without_a_completion_shows_its_status_alone_in_the_task_detail()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        await ReportAsync(chat, 1, "正常推进", "暂无");

        Assert.Contains("｜旗政府办公室｜正常推进｜完成土地平整2.3万亩", (await chat.SayAsync("第1项")).Texts());
    }

    [Theory]
    [InlineData("40%", "完成情况：40%\n")]
    [InlineData("40万亩", "完成情况：40万亩 (100%)\n")]
    public async Task A_value_above_the_target_is_asked_about_not_taken_as_it_stands(string meant, string readBack)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("正常推进");
        await chat.SayAsync("完成土地平整");

        var asked = await chat.SayAsync("40");

        Assert.Contains("您填写的 40 超过了本任务目标 8.2万亩", asked.Texts());
        Assert.Equal(["40%", "40万亩"], asked.Buttons());
        Assert.Contains("存在哪些问题", (await chat.SayAsync(meant)).Texts());
        await chat.SayAsync("无");
        await chat.SayAsync("加快推进");
        Assert.Contains(readBack, (await chat.SayAsync("无")).Texts());
    }

    [Fact]
    public async Task An_empty_progress_text_is_asked_again()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        await chat.SayAsync("汇报 1");
        await chat.SayAsync("正常推进");
        var replies = await chat.SayAsync(" ");
        Assert.Contains("内容不能为空", replies.Texts());
        Assert.Contains("进展情况", replies.Texts());
    }

    [Fact]
    public async Task A_status_that_is_not_offered_is_asked_again()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        await chat.SayAsync("汇报 1");
        Assert.Contains("请从以下选项中选择一项：正常推进 / 已完成 / 滞后 / 未启动", (await chat.SayAsync("还行吧")).Texts());
    }

    [Fact]
    public async Task A_status_can_come_from_an_adaptive_card_submit()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗政府办");
        await chat.SayAsync("汇报 1");
        Assert.Contains("进展情况", (await chat.SubmitAsync(new JsonObject { ["answer"] = "Behind" })).Texts());
    }

    [Theory]
    [InlineData("汇报 99")]
    [InlineData("汇报 11")]
    public async Task A_task_that_does_not_exist_and_another_units_task_get_the_same_answer(string ask)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        Assert.Contains("没有找到第", (await chat.SayAsync(ask)).Texts());
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task A_second_report_in_the_same_period_replaces_the_first_and_keeps_it_as_history()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(chat, 11, "正常推进", "4万亩");
        await ReportAsync(chat, 11, "滞后", "4.5万亩");

        Assert.Equal((2, 1), (await ReportCountAsync(), await ReportCountAsync(includingSuperseded: false)));
        var detail = (await chat.SayAsync("第11项")).Texts();
        Assert.Contains("第27周，6月30日—7月6日｜旗农牧局｜滞后 4.5万亩", detail);
        Assert.DoesNotContain("4万亩 (", detail);
    }

    [Fact]
    public async Task A_co_units_report_is_shown_on_the_task_but_the_lead_units_report_is_the_tasks()
    {
        var coUnit = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局"); // #4 names 旗直各部门 as responsible
        Assert.Contains("配合进展，将转牵头单位汇总", (await ReportAsync(coUnit, 4, "滞后", "30%")).Texts());
        var lead = await BoundChatAsync(MemberRole.UnitReporter, "旗发改委");

        Assert.Contains("第27周，6月30日—7月6日｜旗水利局（配合）｜滞后 30%", (await lead.SayAsync("第4项")).Texts());
        Assert.Contains("**#4** 开展“重大项目谋划行动”｜时限 2025-12-31，持续推进｜尚未报送", (await lead.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task A_supporting_unit_is_not_asked_the_tasks_completion_but_may_give_its_own()
    {
        var coUnit = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局"); // #4 names 旗直各部门 as responsible

        var readBack = (await coUnit.SayAsync("汇报 4：正常推进，配合做好水利项目储备，问题：无，下步：继续配合，协调：无")).Texts();
        Assert.Contains("- 完成情况：暂无\n", readBack);
        Assert.Contains("确认提交吗", readBack);
        Assert.Contains("配合进展", (await coUnit.SayAsync("是")).Texts());

        Assert.Contains("- 完成情况：30%\n", (await coUnit.SayAsync("汇报 4：正常推进，完成情况：30%，问题：无，下步：继续配合，协调：无")).Texts());
    }

    [Fact]
    public async Task A_supporting_unit_whose_part_is_done_gives_the_task_no_completion()
    {
        var coUnit = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局"); // #4 names 旗直各部门 as responsible

        var readBack = (await coUnit.SayAsync("汇报 4：已完成，水利项目储备已报送，问题：无，下步：无，协调：无")).Texts();
        Assert.Contains("- 完成情况：暂无\n", readBack);
        var changed = (await coUnit.SayAsync("改 状态 正常推进")).Texts();
        Assert.Contains("- 完成情况：暂无\n", changed);
        Assert.Contains("确认提交吗", changed);
    }

    [Fact]
    public async Task A_supporting_unit_whose_part_is_done_next_week_still_gives_the_task_no_completion()
    {
        var coUnit = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        await coUnit.SayAsync("汇报 4：正常推进，配合做好水利项目储备，问题：无，下步：继续配合，协调：无");
        await coUnit.SayAsync("是");
        Clock.Advance(TimeSpan.FromDays(7));

        Assert.Contains("- 完成情况：暂无\n", (await coUnit.SayAsync("汇报 4：已完成，水利项目储备已报送，问题：无，下步：无，协调：无")).Texts());
    }

    [Theory]
    [InlineData("提交")]
    [InlineData("确认提交")]
    [InlineData("对的")]
    public async Task The_read_back_takes_the_words_people_use_to_submit(string confirm)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("已提交第11项", (await ReportAsync(chat, 11, "正常推进", "4万亩", confirm: confirm)).Texts());
        Assert.Equal(1, await ReportCountAsync());
    }

    [Fact]
    public async Task After_no_by_mistake_yes_goes_back_to_the_read_back_and_an_edit_typed_at_the_menu_is_taken()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(chat, 11, "正常推进", "4万亩", confirm: "否");
        Assert.Contains("确认提交吗", (await chat.SayAsync("是的")).Texts());
        await chat.SayAsync("否");
        Assert.Contains("完成情况：60%", (await chat.SayAsync("改 完成情况 60%")).Texts());
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
        Assert.Equal(1, await ReportCountAsync());
    }

    [Fact]
    public async Task Declining_at_the_read_back_offers_the_fields_to_edit_and_discarding_saves_nothing()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var edit = await ReportAsync(chat, 11, "正常推进", "4万亩", confirm: "否");
        Assert.Contains("要修改哪一项", edit.Texts());
        // At most six buttons (what Teams shows): 放弃 is said in the question and typed.
        Assert.Equal(["状态", "进展情况", "完成情况", "存在问题", "下步计划", "需协调事项"], edit.Buttons());
        Assert.Contains("回复「放弃」", edit.Texts());
        Assert.Contains("已取消", (await chat.SayAsync("放弃")).Texts());
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task Cancel_midway_saves_nothing()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("正常推进");
        Assert.Contains("已取消", (await chat.SayAsync("取消")).Texts());
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task A_restart_midway_carries_on_where_the_report_was()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");
        await chat.SayAsync("滞后");
        await chat.SayAsync("水源未落实，进度滞后");
        await RestartAsync();

        await chat.SayAsync("3万亩");
        await chat.SayAsync("水源");
        await chat.SayAsync("协调");
        await chat.SayAsync("请分管领导协调水源");
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task No_change_for_all_covers_the_tasks_the_unit_leads_not_those_it_supports()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局"); // leads 3 of the 44 tasks it sees

        var replies = (await chat.SayAsync("无变化")).Texts();

        Assert.Contains("请逐项汇报：#11、#22、#33", replies);
    }

    [Fact]
    public async Task No_change_for_one_task_carries_last_weeks_report_into_this_week()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(chat, 11, "正常推进", "5.1万亩");
        Clock.Advance(TimeSpan.FromDays(7));

        Assert.Contains("已按上期内容报送 1 项（#11），本期为 第28周，7月7日—7月13日", (await chat.SayAsync("无变化 11")).Texts());
        var latest = await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(("2025-W28", "5.1万亩", true), (latest.PeriodKey, latest.CurrentValue, latest.CarriedForward));
    }

    [Fact]
    public async Task No_change_for_a_task_already_reported_this_period_says_it_is_in_and_claims_nothing_carried()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(chat, 11, "正常推进", "5.1万亩");

        var replies = (await chat.SayAsync("无变化 11")).Texts();

        Assert.StartsWith("#11本期（第27周，6月30日—7月6日）已报送过，未作改动", replies);
        Assert.DoesNotContain("已按上期内容报送", replies);
    }

    [Fact]
    public async Task No_change_for_all_says_what_it_carried_what_was_already_in_and_what_needs_a_real_report()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "苏里格经济开发区");
        await ReportAsync(chat, 7, "正常推进", "50%");
        Clock.Advance(TimeSpan.FromDays(7));

        var replies = (await chat.SayAsync("无变化")).Texts();

        Assert.Contains("已按上期内容报送 1 项（#7）", replies);
        Assert.Contains("无法沿用上期内容，请逐项汇报：#21", replies);
        Assert.Contains("已提交第7项", (await ReportAsync(chat, 7, "正常推进", "55%")).Texts());
    }
}

public sealed class SqliteReportingTests(PostgresServer postgres) : ReportingTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlReportingTests(PostgresServer postgres) : ReportingTests(postgres, StorageProvider.PostgreSql);
