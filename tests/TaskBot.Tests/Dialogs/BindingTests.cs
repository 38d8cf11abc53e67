using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>Who is who: binding codes, unbinding, and what an unbound user is told.</summary>
[Collection(TestCollections.People)]
public abstract class BindingTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task Someone_not_bound_is_told_how_to_get_a_code_and_sees_no_tasks()
    {
        var replies = await NewChat().SayAsync("我的任务");
        Assert.Contains("还没有绑定身份", replies.Texts());
        Assert.DoesNotContain("#11", replies.Texts());
    }

    [Fact]
    public async Task A_unit_code_makes_the_user_that_units_reporter()
    {
        var chat = NewChat();
        var replies = await chat.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "农牧局"));
        Assert.Contains("「旗农牧局」的报送人", replies.Texts());
    }

    [Fact]
    public async Task A_code_works_once_and_several_people_of_a_unit_each_need_their_own()
    {
        var code = await InviteAsync(MemberRole.UnitReporter, "旗农牧局");
        await NewChat().SayAsync("绑定 " + code);

        Assert.Contains("已使用或已过期", (await NewChat().SayAsync("绑定 " + code)).Texts());
        Assert.Contains("报送人", (await NewChat().SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"))).Texts());
    }

    [Fact]
    public async Task An_expired_code_is_refused()
    {
        var code = await InviteAsync(MemberRole.Office);
        Clock.Advance(TimeSpan.FromDays(8));
        Assert.Contains("已使用或已过期", (await NewChat().SayAsync("绑定 " + code)).Texts());
    }

    [Fact]
    public async Task Something_a_bound_member_says_that_the_bot_does_not_understand_points_to_help()
    {
        var chat = await BoundChatAsync(MemberRole.Office);
        Assert.Contains("发送「帮助」", (await chat.SayAsync("今天天气不错")).Texts());
    }

    [Fact]
    public async Task Bind_without_a_code_explains_how()
    {
        Assert.Contains("绑定码", (await NewChat().SayAsync("绑定")).Texts());
    }

    [Fact]
    public async Task Unbinding_takes_the_tasks_away()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("解绑");
        Assert.Contains("已解除绑定", (await chat.SayAsync("是")).Texts());
        Assert.Contains("还没有绑定身份", (await chat.SayAsync("我的任务")).Texts());
    }

    [Fact]
    public async Task The_command_line_prints_the_code_alone_on_the_last_line_and_it_binds()
    {
        var result = await Shell.RunAsync(Store, Clock, "invite", "--leader", "康 锐");
        var code = result.Output.TrimEnd().Split('\n')[^1];
        Assert.Matches("^[A-Z2-9]{8}$", code);

        Assert.Contains("康锐同志", (await NewChat().SayAsync("绑定 " + code)).Texts());
    }

    [Theory]
    [InlineData("--unit", "火星局")]
    [InlineData("--leader", "无名氏")]
    public async Task Inviting_someone_unknown_is_a_clear_error(string option, string name)
    {
        var result = await Shell.RunAsync(Store, "invite", option, name);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(name, result.Error);
    }
}

public sealed class SqliteBindingTests(PostgresServer postgres) : BindingTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlBindingTests(PostgresServer postgres) : BindingTests(postgres, StorageProvider.PostgreSql);
