using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Dialogs;

/// <summary>The office hands out a code; a unit head pastes it alone, often into whatever the bot last asked.</summary>
[Collection(TestCollections.People)]
public abstract class BareCodeTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task A_code_pasted_alone_binds_even_while_the_help_menu_waits_for_a_choice()
    {
        var chat = NewChat();
        Assert.Contains("您想了解哪一项", (await chat.SayAsync("你好")).Texts());

        var bound = await chat.SayAsync(" " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局") + " ");

        Assert.Contains("绑定成功：您现在是「旗农牧局」的报送人", bound.Texts());
        Assert.Contains("还有 3 项待汇报", (await chat.SayAsync("这周要报什么")).Texts());
    }

    // About one code in eleven is letters only: it read as an English word, and the bind was confirmed in English.
    [Fact]
    public async Task A_code_of_letters_only_pasted_alone_is_answered_in_the_chats_language()
    {
        await Bot.WithScopeAsync(async sp =>
        {
            var unit = await sp.GetRequiredService<TaskQueries>().FindUnitAsync("旗农牧局", CancellationToken.None);
            await sp.GetRequiredService<IPeopleStore>().AddInvitationAsync(
                new Invitation("BCDFGHJK", MemberRole.UnitReporter, unit!.Id, null, Clock.GetUtcNow().AddDays(7)), CancellationToken.None);
            return 0;
        });

        Assert.Contains("绑定成功：您现在是「旗农牧局」的报送人", (await NewChat().SayAsync("BCDFGHJK")).Texts());
    }

    [Theory]
    [InlineData("绑定码：{0}")]
    [InlineData("绑定：{0}")]
    public async Task A_code_pasted_after_a_colon_binds(string said)
    {
        var code = await InviteAsync(MemberRole.UnitReporter, "旗农牧局");

        Assert.Contains("绑定成功：您现在是「旗农牧局」的报送人", (await NewChat().SayAsync(string.Format(said, code))).Texts());
    }

    [Fact]
    public async Task A_wrong_code_alone_is_refused_as_a_code()
    {
        Assert.Contains("绑定码无效", (await NewChat().SayAsync("WRNG2345")).Texts());
    }

    [Fact]
    public async Task A_lower_case_word_is_not_taken_for_a_code()
    {
        var answer = (await NewChat("en-US").SayAsync("thursday")).Texts();

        Assert.Contains("You are not bound", answer);
        Assert.DoesNotContain("binding code is not valid", answer);
    }

    [Fact]
    public async Task Someone_bound_who_sends_a_code_alone_is_not_rebound()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var answer = (await chat.SayAsync(await InviteAsync(MemberRole.Office))).Texts();

        Assert.DoesNotContain("绑定成功", answer);
        Assert.Contains("您牵头的任务 3 项", (await chat.SayAsync("我的任务")).Texts());
    }
}

public sealed class SqliteBareCodeTests(PostgresServer postgres) : BareCodeTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlBareCodeTests(PostgresServer postgres) : BareCodeTests(postgres, StorageProvider.PostgreSql);
