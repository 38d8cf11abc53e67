using Microsoft.Extensions.DependencyInjection;
using TaskBot.Dialogs;
using TaskBot.Domain.Tests;
using TaskBot.Tests.Channel;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>Text, number and confirm prompts: what they accept, and the re-prompt for what they do not.</summary>
[Collection(TestCollections.Prompts)]
public abstract class PromptTests(PostgresServer postgres, StorageProvider provider) : ChannelTestBase(postgres, provider)
{
    protected override void Configure(TestStore store) => store.With("Dialogs:Directory", DialogsWithSurvey());

    protected override void ConfigureServices(IServiceCollection services) => services.AddRoutedDialog<SurveyDialog>();

    [Fact]
    public async Task Valid_answers_flow_through_every_prompt()
    {
        var chat = NewChat();
        Assert.Contains("名字", (await chat.SayAsync("调查")).Texts());
        Assert.Contains("百分比", (await chat.SayAsync("乌力吉")).Texts());
        Assert.Contains("确认", (await chat.SayAsync("85%")).Texts());

        var done = await chat.SayAsync("是");

        Assert.Contains("乌力吉 85 true", done.Texts());
    }

    [Theory]
    [InlineData("150", "请输入 0 到 100 之间的数字")]
    [InlineData("-1", "请输入 0 到 100 之间的数字")]
    [InlineData("abc", "「abc」不是数字")]
    public async Task A_number_out_of_range_or_not_a_number_is_asked_again(string answer, string why)
    {
        var chat = NewChat();
        await chat.SayAsync("调查");
        await chat.SayAsync("乌力吉");

        var replies = await chat.SayAsync(answer);

        Assert.Contains(why, replies.Texts());
        Assert.Contains("百分比", replies.Texts());
        Assert.Contains("确认", (await chat.SayAsync("６０")).Texts());
    }

    [Fact]
    public async Task Empty_text_is_asked_again()
    {
        var chat = NewChat();
        await chat.SayAsync("调查");

        var replies = await chat.SayAsync("   ");

        Assert.Contains("内容不能为空", replies.Texts());
        Assert.Contains("名字", replies.Texts());
    }

    [Fact]
    public async Task Too_long_text_is_asked_again()
    {
        var chat = NewChat();
        await chat.SayAsync("调查");
        Assert.Contains("20 字以内", (await chat.SayAsync(new string('长', 21))).Texts());
    }

    [Fact]
    public async Task Confirm_offers_yes_and_no_and_refuses_anything_else()
    {
        var chat = NewChat();
        await chat.SayAsync("调查");
        await chat.SayAsync("乌力吉");
        Assert.Equal(["是", "否"], (await chat.SayAsync("50")).Buttons());

        var replies = await chat.SayAsync("也许");

        Assert.Contains("请回答「是」或「否」", replies.Texts());
        Assert.Contains("乌力吉 50 false", (await chat.SayAsync("不")).Texts());
    }

    [Fact]
    public async Task A_restart_between_prompts_keeps_what_was_answered()
    {
        var chat = NewChat();
        await chat.SayAsync("调查");
        await chat.SayAsync("乌力吉");
        await RestartAsync();
        await chat.SayAsync("70");

        Assert.Contains("乌力吉 70 true", (await chat.SayAsync("好的")).Texts());
    }

    private static string DialogsWithSurvey()
    {
        var dir = Directory.CreateTempSubdirectory("taskbot-dialogs-").FullName;
        foreach (var locale in new[] { "zh-CN", "en-US" })
        {
            Directory.CreateDirectory(Path.Combine(dir, locale));
            foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Root, "dialogs", locale)))
                File.Copy(file, Path.Combine(dir, locale, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(dir, locale, "survey.yaml"), """
                say:
                  name: 您的名字？
                  percent: 完成百分比？
                  confirm: 确认提交吗？
                  done: "{name} {percent} {confirmed}"
                hear:
                  start: ['调查', 'survey']
                """);
        }
        return dir;
    }
}

public sealed class SqlitePromptTests(PostgresServer postgres) : PromptTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlPromptTests(PostgresServer postgres) : PromptTests(postgres, StorageProvider.PostgreSql);
