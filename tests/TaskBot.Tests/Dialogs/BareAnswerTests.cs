using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>A bare 是 / 有 / 否 where a question wants content is asked again with what to write, never saved as the text.</summary>
[Collection(TestCollections.Prompts)]
public abstract class BareAnswerTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    [Fact]
    public async Task A_bare_yes_to_the_problems_is_asked_again_and_a_bare_no_to_the_coordination_means_none()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await chat.SayAsync("汇报11");
        await chat.SayAsync("正常推进");
        await chat.SayAsync("完成土地平整2.3万亩");
        Assert.Contains("存在哪些问题", (await chat.SayAsync("50%")).Texts());

        var yes = (await chat.SayAsync("是")).Texts();
        Assert.Contains("请写出具体是什么问题", yes);
        Assert.Contains("存在哪些问题", yes);
        Assert.Contains("请写出具体是什么问题", (await chat.SayAsync("有的。")).Texts());
        Assert.Contains("下步计划是什么", (await chat.SayAsync("部分地块灌溉水源未落实")).Texts());
        Assert.Contains("请写出下步具体怎么做，例如「下周完成灌溉配套招标」，不能只回复「对」", (await chat.SayAsync("对")).Texts());
        await chat.SayAsync("加快推进灌溉配套");
        Assert.Contains("请写出需要领导协调解决的具体事项", (await chat.SayAsync("有")).Texts());

        var readBack = (await chat.SayAsync("否")).Texts();
        Assert.Contains("存在问题：部分地块灌溉水源未落实", readBack);
        Assert.Contains("下步计划：加快推进灌溉配套", readBack);
        Assert.Contains("需协调事项：无", readBack);
        Assert.Contains("已提交第11项", (await chat.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task In_English_a_bare_yes_to_the_problems_is_asked_again()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        await chat.SayAsync("report 11");
        await chat.SayAsync("on schedule");
        await chat.SayAsync("Levelled 23,000 mu");
        Assert.Contains("Any problems?", (await chat.SayAsync("50%")).Texts());

        Assert.Contains("Please say what the problem is", (await chat.SayAsync("yes")).Texts());
        Assert.Contains("Please say what the problem is", (await chat.SayAsync("there are")).Texts());
        await chat.SayAsync("irrigation water not secured");
        await chat.SayAsync("irrigation works");
        Assert.Contains("Please say what a leader needs to coordinate", (await chat.SayAsync("yes")).Texts());

        var readBack = (await chat.SayAsync("no")).Texts();
        Assert.Contains("Problems: irrigation water not secured", readBack);
        Assert.Contains("Needs coordination: none", readBack);
    }

    [Fact]
    public async Task A_bare_yes_as_the_reason_for_an_extension_is_asked_again_in_either_language()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("延期 11");
        await unit.SayAsync("2026-03-31");
        var again = (await unit.SayAsync("是的")).Texts();
        Assert.Contains("请写出延期的理由，不能只回复「是的」", again);
        Assert.Contains("请说明延期的理由", again);
        Assert.Contains("已提交第11项延期申请", (await unit.SayAsync("冬季无法施工")).Texts());

        var english = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        await english.SayAsync("extend 22");
        await english.SayAsync("2026-03-31");
        Assert.Contains("Please write why the extension is needed", (await english.SayAsync("yes")).Texts());
    }
}

public sealed class SqliteBareAnswerTests(PostgresServer postgres) : BareAnswerTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlBareAnswerTests(PostgresServer postgres) : BareAnswerTests(postgres, StorageProvider.PostgreSql);
