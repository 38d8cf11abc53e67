using System.Text.Json.Nodes;
using TaskBot.Tests.Channel;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>The help conversation, as transcripts through /api/messages.</summary>
[Collection(TestCollections.People)]
public abstract class HelpDialogTests(PostgresServer postgres, StorageProvider provider) : ChannelTestBase(postgres, provider)
{
    [Theory]
    [InlineData("帮助")]
    [InlineData("怎么用？")]
    [InlineData("你好")]
    [InlineData("菜单")]
    public async Task Asking_for_help_shows_the_menu(string ask)
    {
        var replies = await NewChat().SayAsync(ask);

        Assert.Contains("督办助手", replies.Texts());
        Assert.Equal(["我的任务", "汇报进展", "哪些任务滞后", "English"], replies.Buttons());
    }

    [Fact]
    public async Task Someone_not_bound_who_says_hello_is_told_how_to_bind()
    {
        Assert.Contains("请向政府办督查室索取绑定码，然后发送「绑定 绑定码」", (await NewChat().SayAsync("你好")).Texts());
    }

    [Fact]
    public async Task Choosing_a_topic_explains_it()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");

        var replies = await chat.SayAsync("哪些任务滞后");

        Assert.Contains("序时进度", replies.Texts());
    }

    [Fact]
    public async Task A_topic_can_be_chosen_by_its_number()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");
        Assert.Contains("序时进度", (await chat.SayAsync("3")).Texts());
    }

    [Fact]
    public async Task A_bare_number_that_is_not_a_choice_is_asked_again_with_the_choices()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");

        var replies = await chat.SayAsync("5");

        Assert.Contains("请从以下选项中选择一项：我的任务 / 汇报进展 / 哪些任务滞后 / English", replies.Texts());
        Assert.Equal(["我的任务", "汇报进展", "哪些任务滞后", "English"], replies.Buttons());
    }

    [Fact]
    public async Task Something_that_is_no_choice_ends_the_menu_and_is_answered_as_it_would_be_at_the_top()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");

        var replies = await chat.SayAsync("天气怎么样");

        Assert.Contains("请向政府办督查室索取绑定码", replies.Texts());
        Assert.Empty(replies.Buttons());
    }

    [Fact]
    public async Task An_adaptive_card_submit_answers_like_a_typed_choice()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");

        var replies = await chat.SubmitAsync(new JsonObject { ["answer"] = "myTasks" });

        Assert.Contains("我的任务", replies.Texts());
    }

    [Fact]
    public async Task Cancel_midway_ends_the_dialog()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");

        Assert.Contains("已取消", (await chat.SayAsync("取消")).Texts());
        var after = (await chat.SayAsync("汇报进展")).Texts();
        Assert.NotEmpty(after);
        Assert.DoesNotContain("汇报 11", after);
    }

    [Fact]
    public async Task Help_midway_explains_and_asks_the_same_question_again()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");

        var replies = await chat.SayAsync("帮助");

        Assert.Contains("随时可以发送「取消」", replies.Texts());
        Assert.Contains("您想了解哪一项？", replies.Texts());
        Assert.Contains("序时进度", (await chat.SayAsync("哪些任务滞后")).Texts());
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_dialog_loses_nothing()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");
        await RestartAsync();

        var replies = await chat.SayAsync("哪些任务滞后");

        Assert.Contains("序时进度", replies.Texts());
    }

    [Fact]
    public async Task Three_unusable_answers_end_the_prompt_politely()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");
        await chat.SayAsync("5");
        await chat.SayAsync("6");

        var replies = await chat.SayAsync("7");

        Assert.Contains("多次未能识别", replies.Texts());
        Assert.Empty(replies.Buttons());
    }

    [Fact]
    public async Task An_english_client_is_answered_in_english()
    {
        var replies = await NewChat("en-US").SayAsync("help");

        Assert.Contains("supervision assistant", replies.Texts());
        Assert.Equal(["My tasks", "Report progress", "Tasks behind", "中文"], replies.Buttons());
        Assert.All(replies, r => Assert.Equal("en-US", r.Locale));
    }

    [Fact]
    public async Task A_message_written_in_chinese_is_answered_in_chinese_whatever_the_clients_locale()
    {
        var replies = await NewChat("en-US").SayAsync("帮助");

        Assert.Contains("我是 TaskBot", replies.Texts());
        Assert.Equal(["我的任务", "汇报进展", "哪些任务滞后", "English"], replies.Buttons());
        Assert.Contains("您还没有绑定身份", (await NewChat("en-US").SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task A_message_written_in_english_is_answered_in_english_whatever_the_clients_locale()
    {
        var chat = NewChat("zh-CN");

        Assert.Contains("supervision assistant", (await chat.SayAsync("help")).Texts());
        Assert.Contains("to list the tasks of your unit", (await chat.SayAsync("1")).Texts()); // a number is in no language: the question's
    }

    [Fact]
    public async Task A_chosen_language_holds_whatever_a_message_is_written_in()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");
        await chat.SayAsync("English");

        Assert.Contains("supervision assistant", (await chat.SayAsync("帮助")).Texts());
    }

    [Fact]
    public async Task Switching_language_holds_for_the_rest_of_the_conversation()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");

        Assert.Contains("English", (await chat.SayAsync("English")).Texts());
        Assert.Contains("supervision assistant", (await chat.SayAsync("help")).Texts());
    }

    [Fact]
    public async Task Something_said_by_someone_not_bound_points_to_binding()
    {
        Assert.Contains("绑定码", (await NewChat().SayAsync("今天天气不错")).Texts());
    }
}

public sealed class SqliteHelpDialogTests(PostgresServer postgres) : HelpDialogTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlHelpDialogTests(PostgresServer postgres) : HelpDialogTests(postgres, StorageProvider.PostgreSql);
