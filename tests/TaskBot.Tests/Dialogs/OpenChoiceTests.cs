using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// A command or a whole report typed while a choice is open (the help menu, the report's status question) is taken
/// as that, not refused as a wrong choice; a half-written report is kept and offered back.
/// </summary>
[Collection(TestCollections.Prompts)]
public abstract class OpenChoiceTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task No_change_on_another_task_typed_at_the_status_question_is_taken_and_the_draft_offered_back()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("本期进展状态是", (await chat.SayAsync("汇报 11")).Texts());

        var replies = (await chat.SayAsync("33 无变化")).Texts();

        Assert.DoesNotContain("请从以下选项中选择一项", replies);
        Assert.Contains("无法沿用上期内容，请逐项汇报：#33", replies);
        Assert.Contains("第11项的汇报还没提交，继续填写吗", replies);
    }

    [Fact]
    public async Task A_whole_report_on_another_task_typed_at_the_status_question_starts_that_report_and_the_draft_is_offered_back()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");

        var replies = (await chat.SayAsync("#22 正常推进 完成节水改造2处 完成70% 问题：无 下步：加快推进 协调：无")).Texts();

        Assert.Contains("请核对第22项", replies);
        Assert.Contains("- 完成情况：70%", replies);
        Assert.Contains("已提交第22项", (await chat.SayAsync("是")).Texts());
        Assert.Contains("本期进展状态是", (await chat.SayAsync("继续")).Texts());
    }

    [Fact]
    public async Task A_bare_no_change_at_the_status_question_is_still_asked_again()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报 11");

        Assert.Contains("请从以下选项中选择一项", (await chat.SayAsync("无变化")).Texts());
    }

    [Fact]
    public async Task A_whole_report_typed_at_the_help_menu_is_taken_as_the_report()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("帮助");

        var replies = (await chat.SayAsync("#22 正常推进 完成节水改造2处 完成70% 问题：无 下步：加快推进 协调：无")).Texts();

        Assert.DoesNotContain("请从以下选项中选择一项", replies);
        Assert.Contains("请核对第22项", replies);
    }

    [Theory]
    [InlineData("zh-CN", "帮助", "我们单位这周要报啥", "汇报")]
    [InlineData("en-US", "help", "what does our unit need to report this week", "report")]
    public async Task Asking_what_is_owed_at_the_help_menu_lists_the_tasks_the_unit_still_owes(string locale, string help, string ask, string report)
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", locale);
        var expected = (await chat.SayAsync(report)).Texts();
        await chat.SayAsync(help);

        Assert.Equal(expected, (await chat.SayAsync(ask)).Texts());
    }

    [Fact]
    public async Task No_change_typed_at_the_status_question_in_english_is_taken_as_that()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        await chat.SayAsync("report 11");

        var replies = (await chat.SayAsync("no change 33")).Texts();

        Assert.Contains("nothing to repeat; please report on them one by one: #33", replies);
        Assert.Contains("Your report on task 11 is not submitted yet. Continue it?", replies);
    }
}

public sealed class SqliteOpenChoiceTests(PostgresServer postgres) : OpenChoiceTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlOpenChoiceTests(PostgresServer postgres) : OpenChoiceTests(postgres, StorageProvider.PostgreSql);
