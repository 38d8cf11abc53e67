using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// 汇报 with no task named (我要汇报, 报进展, report): the tasks the unit still owes this period as 汇报 N buttons; the
/// only one owed started at once; none owed, that all are in; a leader or the office told that units report.
/// </summary>
[Collection(TestCollections.Prompts)]
public abstract class WhatToReportTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Theory]
    [InlineData("zh-CN", "汇报")]
    [InlineData("zh-CN", "我要汇报")]
    [InlineData("zh-CN", "汇报进展")]
    [InlineData("zh-CN", "报进展")]
    [InlineData("zh-CN", "填报")]
    [InlineData("zh-CN", "报送进展")]
    [InlineData("zh-CN", "汇报。")]
    [InlineData("en-US", "report")]
    [InlineData("en-US", "report progress")]
    public async Task Report_alone_offers_the_tasks_the_unit_still_owes_as_buttons(string locale, string say)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", locale);

        var replies = await chat.SayAsync(say);

        var report = locale == "zh-CN" ? "汇报" : "report";
        Assert.Equal([$"{report} 11", $"{report} 22", $"{report} 33"], replies.Values());
        Assert.All(replies.Buttons(), b => Assert.True(b.Length > $"{report} 11 ".Length, b));
        Assert.Single(replies);
    }

    [Fact]
    public async Task A_number_typed_after_the_buttons_starts_that_report()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报");

        Assert.Contains("本期进展状态是", (await chat.SayAsync("22")).Texts());
    }

    [Theory]
    [InlineData("二十二")]
    [InlineData("第二十二项")]
    [InlineData("22。")]
    public async Task A_number_written_in_chinese_after_the_buttons_starts_that_report(string say)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报");

        var replies = (await chat.SayAsync(say)).Texts();

        Assert.Contains("第22项", replies);
        Assert.Contains("本期进展状态是", replies);
    }

    [Fact]
    public async Task A_run_on_report_naming_an_owed_task_in_the_middle_starts_that_report()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.DoesNotContain("这是哪项任务的进展", (await chat.SayAsync("嗯那个第二十二项进展正常完成了百分之七十没啥问题下一步继续推进")).Texts());
        await chat.SayAsync("无");
        var readBack = (await chat.SayAsync("无")).Texts();

        Assert.Contains("请核对第22项", readBack);
        Assert.Contains("- 完成情况：70%", readBack);
        Assert.DoesNotContain("嗯那个", readBack);
    }

    [Theory]
    [InlineData("zh-CN", "对的没问题")]
    [InlineData("zh-CN", "好的，确认无误")]
    [InlineData("zh-CN", "没问题，提交吧")]
    [InlineData("en-US", "yes that's right")]
    public async Task A_yes_said_in_more_words_at_the_read_back_saves_the_report(string locale, string say)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", locale);
        var report = locale == "zh-CN" ? "汇报 11：正常推进，完成土地平整2.3万亩，完成60%，问题：无，下步：加快推进，协调：无"
            : "report 11: on schedule, levelled 23,000 mu, 60% done, problems: none, next: speed up, coordination: none";
        await chat.SayAsync(report);

        await chat.SayAsync(say);

        Assert.Equal(1, await ReportCountAsync());
    }

    [Fact]
    public async Task A_task_reported_this_period_is_no_longer_offered()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(chat, 11, "正常推进", "60%");

        Assert.Equal(["汇报 22", "汇报 33"], (await chat.SayAsync("我要汇报")).Values());
    }

    [Fact]
    public async Task The_only_task_owed_is_started_at_once()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗医保局");

        var replies = await chat.SayAsync("汇报");

        Assert.Contains("第24项", replies.Texts());
        Assert.Contains("本期进展状态是", replies.Texts());
    }

    [Fact]
    public async Task With_everything_reported_it_says_so_and_how_to_change_one_in_one_message()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗医保局");
        await ReportAsync(chat, 24, "正常推进", "60%");

        var replies = await chat.SayAsync("汇报");

        Assert.Single(replies);
        Assert.Contains("应报的 1 项已全部报送", replies.Texts());
        Assert.Contains("再发送「汇报 N」", replies.Texts());
    }

    [Fact]
    public async Task Many_tasks_owed_get_six_buttons_and_the_rest_as_numbers()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗工信和科技局");

        var replies = await chat.SayAsync("汇报");

        Assert.Equal(6, replies.Values().Count);
        Assert.Contains("还有 10 项待汇报", replies.Texts());
        Assert.Contains("其余 4 项：#16、#21、#22、#34", replies.Texts());
        Assert.Contains("本期进展状态是", (await chat.SayAsync("34")).Texts());
    }

    [Theory]
    [InlineData(MemberRole.Leader, "范春慧", "zh-CN", "汇报", "哪些任务滞后")]
    [InlineData(MemberRole.Office, null, "zh-CN", "我要汇报", "未报送")]
    [InlineData(MemberRole.Leader, "范春慧", "en-US", "report", "which tasks are behind")]
    public async Task A_leader_or_the_office_is_told_units_report_and_what_to_ask_instead(MemberRole role, string? name, string locale, string say,
        string instead)
    {
        var chat = await BoundChatAsync(role, name, locale);

        var replies = await chat.SayAsync(say);

        Assert.Single(replies);
        Assert.Contains(instead, replies.Texts());
        Assert.Empty(replies.Buttons());
    }

    [Fact]
    public async Task Someone_not_bound_is_told_how_to_get_a_code()
    {
        Assert.Contains("请向政府办督查室索取绑定码", (await NewChat().SayAsync("汇报")).Texts());
    }

    [Fact]
    public async Task Report_progress_in_the_help_menu_offers_the_units_tasks()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("帮助");

        var replies = await chat.SayAsync("汇报进展");

        Assert.Equal(["汇报 11", "汇报 22", "汇报 33"], replies.Values());
        Assert.DoesNotContain("第11项任务的进展", replies.Texts());
    }

    [Theory]
    [InlineData("我要汇报", "还有 3 项待汇报")]
    [InlineData("汇报 7", "第7项")]
    [InlineData("我的任务", "您牵头的任务 3 项")]
    [InlineData("哪些任务滞后", "滞后")]
    [InlineData("今天天气不错", "抱歉，我没听懂")]
    public async Task What_is_typed_at_the_help_menu_is_done_or_answered_as_at_the_top_and_the_menu_ends(string say, string answer)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("帮助");

        var replies = await chat.SayAsync(say);

        Assert.Contains(answer, replies.Texts());
        Assert.DoesNotContain("请从以下选项中选择一项", replies.Texts());
        Assert.DoesNotContain("您想了解哪一项", (await chat.SayAsync("今天天气不错")).Texts());
    }
}

public sealed class SqliteWhatToReportTests(PostgresServer postgres) : WhatToReportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlWhatToReportTests(PostgresServer postgres) : WhatToReportTests(postgres, StorageProvider.PostgreSql);
