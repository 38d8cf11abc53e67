using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.Domain.People;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Units;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>Several people in one conversation: a dialog belongs to whoever started it.</summary>
[Collection(TestCollections.People)]
public abstract class GroupChatTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private readonly string _group = Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Only_the_person_who_started_a_report_answers_it_and_it_is_saved_for_their_unit()
    {
        var head = await MemberAsync("head", MemberRole.UnitReporter, "旗政府办");
        var other = await MemberAsync("other", MemberRole.UnitReporter, "旗农牧局");
        await head.SayAsync("汇报 1");

        Assert.Contains("这是联络员正在进行的汇报", (await other.SayAsync("滞后")).Texts());
        await head.SayAsync("正常推进");
        await head.SayAsync("完成年度目标分解");
        await head.SayAsync("60%");
        await head.SayAsync("无");
        Assert.Contains("这是联络员正在进行的汇报", (await other.SayAsync("取消")).Texts());
        await head.SayAsync("加快推进");
        await head.SayAsync("无");
        Assert.Contains("这是联络员正在进行的汇报", (await other.SayAsync("是")).Texts());
        Assert.Equal(0, await ReportCountAsync());

        Assert.Contains("已提交第1项", (await head.SayAsync("是")).Texts());
        var report = await Bot.WithScopeAsync(sp => sp.Db().Set<ProgressReport>().SingleAsync());
        Assert.Equal(("旗政府办公室", ReportStatus.OnSchedule, "加快推进"), (await UnitNameAsync(report.UnitId), report.Status, report.NextSteps));
    }

    [Theory]
    [InlineData(MemberRole.Office)]
    [InlineData(MemberRole.Leader)]
    public async Task The_office_or_a_leader_confirming_someone_elses_report_is_told_whose_it_is(MemberRole role)
    {
        var head = await MemberAsync("head", MemberRole.UnitReporter, "旗政府办");
        var boss = await MemberAsync("boss", role, role == MemberRole.Leader ? "康锐" : null);
        await AnswerAllButConfirmAsync(head);

        var replies = await boss.SayAsync("是");

        Assert.Contains("这是联络员正在进行的汇报", replies.Texts());
        Assert.DoesNotContain("出了问题", replies.Texts());
        Assert.Equal(0, await ReportCountAsync());
        Assert.Contains("已提交第1项", (await head.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task A_report_is_not_saved_when_its_author_no_longer_reports_for_a_unit_of_the_task()
    {
        var head = await MemberAsync("head", MemberRole.UnitReporter, "旗政府办");
        await AnswerAllButConfirmAsync(head);
        var elsewhere = new Chat(() => Bot.Client, Peer, Guid.NewGuid().ToString("N"), userId: "head");
        Assert.Contains("苏里格经济开发区", (await elsewhere.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "苏里格经济开发区"))).Texts());

        var replies = await head.SayAsync("是");

        Assert.Contains("本次报送未提交", replies.Texts());
        Assert.Equal(0, await ReportCountAsync());
    }

    [Fact]
    public async Task Someone_joining_the_group_is_welcomed_and_the_report_in_progress_goes_on()
    {
        var head = await MemberAsync("head", MemberRole.UnitReporter, "旗政府办");
        await head.SayAsync("汇报 1");
        var joined = head.Activity(ActivityTypes.ConversationUpdate);
        joined.MembersAdded = [new ChannelAccount { Id = "newcomer" }];

        Assert.NotEmpty(await head.SendAsync(joined));

        Assert.Contains("请简要说明本期进展情况", (await head.SayAsync("正常推进")).Texts());
    }

    private async Task<Chat> MemberAsync(string userId, MemberRole role, string? name)
    {
        var chat = new Chat(() => Bot.Client, Peer, _group, userId: userId);
        Assert.Contains("绑定成功", (await chat.SayAsync("绑定 " + await InviteAsync(role, name))).Texts());
        return chat;
    }

    private static async Task AnswerAllButConfirmAsync(Chat chat)
    {
        foreach (var answer in new[] { "汇报 1", "正常推进", "完成年度目标分解", "60%", "无", "加快推进" })
            await chat.SayAsync(answer);
        Assert.Contains("确认提交吗", (await chat.SayAsync("无")).Texts());
    }

    private Task<string> UnitNameAsync(int unitId) =>
        Bot.WithScopeAsync(async sp => (await sp.Db().Set<Unit>().SingleAsync(u => u.Id == unitId)).Name);
}

public sealed class SqliteGroupChatTests(PostgresServer postgres) : GroupChatTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlGroupChatTests(PostgresServer postgres) : GroupChatTests(postgres, StorageProvider.PostgreSql);
