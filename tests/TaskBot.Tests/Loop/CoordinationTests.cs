using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Loop;

/// <summary>需协调事项 reach the leader who can solve them, and the answer comes back to the unit that asked.</summary>
[Collection(TestCollections.Reminders)]
public abstract class CoordinationTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task A_request_naming_a_leader_reaches_that_leader_whose_instruction_reaches_the_unit_until_the_item_is_closed()
    {
        var named = await BoundChatAsync(MemberRole.Leader, "马亚栋");
        var taskLeader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await ReportWithCoordinationAsync(unit, 11, "请马亚栋副旗长协调水利局落实灌溉水源");
        await DrainAsync();

        var request = Assert.Single(Proactive(named));
        Assert.Contains("**需协调事项 #1** 旗农牧局在「#11 高质量推进8.2万亩高标准农田建设」的汇报中提出：请马亚栋副旗长协调水利局落实灌溉水源", request.Text);
        Assert.Equal(["已阅", "批示", "交办", "转督查室", "办结"], new[] { request }.Buttons());
        Assert.Empty(Proactive(taskLeader));

        Assert.Contains("请输入对协调事项 #1 的批示内容", (await named.SayAsync("协调1 批示")).Texts());
        Assert.Contains("已记录：协调事项 #1 批示", (await named.SayAsync("请水利局本周内对接，确保5月底前通水")).Texts());
        await DrainAsync();
        var instruction = Assert.Single(Proactive(unit));
        Assert.Contains("**领导批示 #1** 马亚栋对「#11 高质量推进8.2万亩高标准农田建设」的需协调事项（请马亚栋副旗长协调水利局落实灌溉水源）批示：请水利局本周内对接，确保5月底前通水",
            instruction.Text);

        Clock.Advance(TimeSpan.FromDays(3));
        var mine = await named.SayAsync("有什么需要我协调的");
        Assert.Contains("- 协调#1 #11 高质量推进8.2万亩高标准农田建设｜旗农牧局：请马亚栋副旗长协调水利局落实灌溉水源（已 3 天，马亚栋批示）", mine.Texts());
        Assert.Equal(["已阅", "批示", "交办", "转督查室", "办结"], mine.Buttons());
        Assert.Contains("目前没有未办结的协调事项", (await taskLeader.SayAsync("有什么需要我协调的")).Texts());

        Assert.Contains("协调事项 #1 已办结", (await named.SayAsync("协调1 办结")).Texts());
        await DrainAsync();
        Assert.Contains("**协调事项 #1 已办结** 马亚栋已办结「#11 高质量推进8.2万亩高标准农田建设」的需协调事项", Proactive(unit)[^1].Text);
        Assert.Contains("目前没有未办结的协调事项", (await named.SayAsync("有什么需要我协调的")).Texts());
        Assert.Contains("协调事项 #1 已经办结", (await named.SayAsync("协调1 已阅")).Texts());
    }

    [Fact]
    public async Task The_same_instruction_sent_twice_reaches_the_unit_once()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "马亚栋");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportWithCoordinationAsync(unit, 11, "请马亚栋副旗长协调水利局落实灌溉水源");

        await leader.SayAsync("协调1 批示 请水利局本周内对接");
        Assert.Contains("已记录：协调事项 #1 批示", (await leader.SayAsync("协调1 批示 请水利局本周内对接")).Texts());
        await DrainAsync();

        Assert.Single(Proactive(unit), a => a.Text!.Contains("**领导批示 #1**"));
    }

    [Fact]
    public async Task The_bulletin_document_lists_each_open_item_with_the_leaders_instruction_and_drops_it_once_closed()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "马亚栋");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportWithCoordinationAsync(unit, 11, "请马亚栋副旗长协调水利局落实灌溉水源");
        await ReportWithCoordinationAsync(unit, 12, "协调财政局拨付补助资金");
        await leader.SayAsync("协调1 批示");
        await leader.SayAsync("请水利局本周内对接，确保5月底前通水");
        Clock.Advance(TimeSpan.FromDays(2));

        var items = Section(await BulletinAsync(), "五、需协调事项");
        Assert.Equal(2, items.Count);
        Assert.Equal("1. 第11项 高质量推进8.2万亩高标准农田建设：旗农牧局提出“请马亚栋副旗长协调水利局落实灌溉水源”（已2天）；"
            + "马亚栋批示：请水利局本周内对接，确保5月底前通水。", items[0]);
        Assert.StartsWith("2. 第12项 ", items[1]);
        Assert.EndsWith("：旗农牧局提出“协调财政局拨付补助资金”（已2天）；尚未处理。", items[1]);

        await leader.SayAsync("协调1 办结");
        Assert.StartsWith("1. 第12项 ", Assert.Single(Section(await BulletinAsync(), "五、需协调事项")));
    }

    [Fact]
    public async Task Reports_and_requests_signed_with_a_web_chat_user_id_read_as_the_person_or_the_unit_once_migrated()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportWithCoordinationAsync(unit, 11, "协调水利局落实灌溉水源");
        await Bot.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TaskBotDbContext>();
            await db.GetService<IMigrator>().MigrateAsync("AssessmentsReadAlone");  // the migration before
            // The reporter's member has a name; the request's signer is no member any more.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Member" SET "UserId" = 'dl_3df6a1', "Name" = '张科长' WHERE "UnitId" IS NOT NULL""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "ProgressReport" SET "ReportedBy" = 'dl_3df6a1'""");
            await db.Database.ExecuteSqlRawAsync("""UPDATE "CoordinationItem" SET "RaisedBy" = 'dl_0b7e22'""");
            await db.GetService<IMigrator>().MigrateAsync();
            return 0;
        });

        Assert.Equal(["张科长"], await Bot.WithScopeAsync(sp =>
            sp.GetRequiredService<TaskBotDbContext>().Set<Domain.Reports.ProgressReport>().Select(r => r.ReportedBy).ToListAsync()));
        Assert.Equal(["旗农牧局"], await Bot.WithScopeAsync(sp =>
            sp.GetRequiredService<TaskBotDbContext>().Set<Domain.Loop.CoordinationItem>().Select(i => i.RaisedBy).ToListAsync()));
    }

    private Task<List<string>> BulletinAsync() => Bot.WithScopeAsync(async sp =>
    {
        var file = await sp.GetRequiredService<TaskBot.Hosting.OfficeDocuments>().BulletinAsync(null, null, CancellationToken.None);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
    });

    private static List<string> Section(List<string> paragraphs, string heading) =>
        [.. paragraphs.SkipWhile(p => p != heading).Skip(1).TakeWhile(p => p.Length > 0 && char.IsAsciiDigit(p[0]))];

    [Fact]
    public async Task Other_ways_of_asking_what_needs_the_leader_list_the_open_items_rather_than_saying_it_cannot_answer()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        foreach (var asked in new[] { "有什么事项需要我协调解决", "哪些事情需要我协调", "需要我协调的事项" })
            Assert.Contains("目前没有未办结的协调事项", (await leader.SayAsync(asked)).Texts());
    }

    [Fact]
    public async Task A_request_naming_nobody_goes_to_the_tasks_lead_leaders_and_none_raises_nothing()
    {
        var taskLeader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await ReportWithCoordinationAsync(unit, 12, "无");
        await ReportWithCoordinationAsync(unit, 11, "协调水利局落实灌溉水源");
        await DrainAsync();

        Assert.Contains("**需协调事项 #1** 旗农牧局在「#11 高质量推进", Assert.Single(Proactive(taskLeader)).Text);
        var list = (await office.SayAsync("协调事项")).Texts();
        Assert.Contains("未办结的协调事项共 1 项", list);
        Assert.Contains("- 协调#1 #11 高质量推进8.2万亩高标准农田建设｜旗农牧局：协调水利局落实灌溉水源（已 0 天，尚未处理）", list);
    }

    [Fact]
    public async Task A_request_left_unchanged_in_next_weeks_report_while_still_open_is_not_sent_to_the_leader_again()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportWithCoordinationAsync(unit, 11, "协调水利局落实灌溉水源");
        Clock.Advance(TimeSpan.FromDays(7));

        Assert.Contains("本期有变化吗", (await unit.SayAsync("汇报 11")).Texts());
        Assert.Contains("- 需协调事项：协调水利局落实灌溉水源（同上期）", (await unit.SayAsync("完成60%")).Texts());
        Assert.Contains("已提交第11项", (await unit.SayAsync("是")).Texts());
        await unit.SayAsync("22 正常推进，进展：完成节水改造3处，完成50%，问题：无，下步：加快推进，协调：协调水利局落实灌溉水源");
        Assert.Contains("已提交第22项", (await unit.SayAsync("是")).Texts());
        await DrainAsync();

        Assert.Collection(Proactive(leader),
            request => Assert.StartsWith("**需协调事项 #1** 旗农牧局在「#11 ", request.Text),
            request => Assert.StartsWith("**需协调事项 #2** 旗农牧局在「#22 ", request.Text));
        Assert.Contains("需要您协调的事项共 2 项", (await leader.SayAsync("有什么需要我协调的")).Texts());
    }

    [Fact]
    public async Task An_item_handed_to_a_unit_reaches_it_and_its_reply_reaches_the_unit_that_asked_and_no_other_unit_may_answer()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var water = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        var other = await BoundChatAsync(MemberRole.UnitReporter, "旗文旅局");
        await ReportWithCoordinationAsync(unit, 11, "协调水利局落实灌溉水源");

        Assert.Contains("已记录：协调事项 #1 交办", (await leader.SayAsync("协调1 交办 旗水利局")).Texts());
        await DrainAsync();
        var assigned = Assert.Single(Proactive(water));
        Assert.Contains("**交办事项 #1** 康锐将旗农牧局在「#11 高质量推进", assigned.Text);
        Assert.Equal(["答复"], new[] { assigned }.Buttons());
        Assert.Contains("康锐已将「#11 高质量推进8.2万亩高标准农田建设」的需协调事项交办给旗水利局", Proactive(unit)[^1].Text);

        Assert.Contains("没有找到您可以处理的协调事项 #1", (await other.SayAsync("协调1 答复 已办")).Texts());
        Assert.Contains("没有找到您可以处理的协调事项 #1", (await unit.SayAsync("协调1 办结")).Texts());
        await water.SayAsync("协调1 答复 已落实2号井水源");
        await DrainAsync();
        Assert.Contains("**交办答复 #1** 旗水利局答复「#11 高质量推进", Proactive(unit)[^1].Text);
        Assert.Contains("已落实2号井水源", Proactive(leader)[^1].Text);
    }

    [Fact]
    public async Task The_chat_bulletin_and_the_half_month_digest_carry_the_open_requests()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportWithCoordinationAsync(unit, 11, "协调水利局落实灌溉水源");

        Assert.Contains("未办结的需协调事项 1 项：\n- 协调#1 #11 高质量推进8.2万亩高标准农田建设｜旗农牧局：协调水利局落实灌溉水源（已 0 天，尚未处理）", (await office.SayAsync("通报")).Texts());
        await RunAsync(ReminderJob.Digest, now: true);
        Assert.Contains("需要您协调的事项共 1 项：\n- 协调#1 #11 高质量推进8.2万亩高标准农田建设｜旗农牧局", Proactive(leader).Single(a => a.Text!.Contains("半月通报")).Text);
        Assert.Contains("未办结的需协调事项 1 项", Proactive(office).Single(a => a.Text!.Contains("督查通报") || a.Text!.Contains("未办结的需协调事项")).Text);
    }

    [Fact]
    public async Task A_request_for_a_leader_sent_on_its_own_reaches_the_leader_after_a_yes_without_a_report()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        const string request = "需要协调：资金缺口200万，请县财政局支持";
        Assert.Contains($"11 {request}", (await unit.SayAsync(request)).Values());

        var confirm = (await unit.SayAsync($"11 {request}")).Texts();
        var raised = (await unit.SayAsync("是")).Texts();
        await DrainAsync();

        Assert.Contains("的需协调事项：资金缺口200万，请县财政局支持\n\n将送康锐协调。确认提出吗？", confirm);
        Assert.Contains("已提出需协调事项 #1（第11项）", raised);
        Assert.Contains("**需协调事项 #1** 旗农牧局就「#11 高质量推进8.2万亩高标准农田建设」提出：资金缺口200万，请县财政局支持",
            Assert.Single(Proactive(leader)).Text);
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().Set<Domain.Reports.ProgressReport>().CountAsync()));
        Assert.Contains("已记录：协调事项 #1 批示", (await leader.SayAsync("同意")).Texts());
    }

    [Fact]
    public async Task A_request_sent_without_a_task_number_is_asked_about_as_a_request_not_as_progress()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = (await unit.SayAsync("需要协调：资金缺口200万，请县财政局支持")).Texts();

        Assert.Contains("这是哪项任务的需协调事项？", asked);
        Assert.DoesNotContain("进展", asked);
    }

    [Fact]
    public async Task A_request_sent_on_its_own_is_listed_handed_to_a_unit_answered_and_closed_like_a_reports()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        var water = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        await unit.SayAsync("11 需要协调：请水利局落实灌溉水源");
        await unit.SayAsync("是");

        Assert.Contains("- 协调#1 #11 高质量推进8.2万亩高标准农田建设｜旗农牧局：请水利局落实灌溉水源（已 0 天，尚未处理）",
            (await office.SayAsync("通报")).Texts());
        Assert.Contains("已记录：协调事项 #1 交办", (await leader.SayAsync("协调1 交办 旗水利局")).Texts());
        await water.SayAsync("协调1 答复 已落实2号井水源");
        Assert.Contains("协调事项 #1 已办结", (await leader.SayAsync("协调1 办结")).Texts());
        await DrainAsync();
        Assert.Contains("已落实2号井水源", Proactive(unit).Single(a => a.Text!.Contains("**交办答复 #1**")).Text);
        Assert.Contains("**协调事项 #1 已办结**", Proactive(unit)[^1].Text);
    }

    [Fact]
    public async Task An_instruction_without_the_items_number_takes_the_only_open_item_or_asks_which_keeping_the_text()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportWithCoordinationAsync(unit, 11, "请康锐副旗长协调用地指标");
        await DrainAsync();

        Assert.Contains("已记录：协调事项 #1 批示", (await leader.SayAsync("批示 同意，请农牧局牵头办理")).Texts());
        await DrainAsync();
        Assert.Contains("批示：同意，请农牧局牵头办理", Proactive(unit)[^1].Text);

        await ReportWithCoordinationAsync(unit, 12, "请康锐副旗长协调项目资金");
        await DrainAsync();
        var which = await leader.SayAsync("批示：抓紧对接。");
        Assert.Contains("您有 2 项未办结的协调事项，是哪一项？", which.Texts());
        Assert.Equal(["协调#1 #11 高质量推进8.2万亩…", "协调#2 #12 一体化运营萨拉乌苏文…"], which.Buttons());
        Assert.Equal("协调2 批示 抓紧对接", which.Values()[^1]);
        Assert.Contains("已记录：协调事项 #2 批示", (await leader.SayAsync("协调2 批示 抓紧对接")).Texts());
    }

    [Fact]
    public async Task In_English_an_instruction_without_the_number_takes_the_only_open_item()
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐", "en-US");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportWithCoordinationAsync(unit, 11, "请康锐副旗长协调用地指标");
        await DrainAsync();

        Assert.Contains("Recorded: coordination request #1, instruct", (await leader.SayAsync("instruct: agreed, the farm bureau leads")).Texts());
        await DrainAsync();
        Assert.Contains("agreed, the farm bureau leads", Proactive(unit)[^1].Text);
    }

    [Theory]
    [InlineData("zh-CN", "（报送人：旗农牧局）")]
    [InlineData("en-US", "(Reported by 旗农牧局.)")]
    public async Task A_request_from_a_web_chat_user_without_a_name_names_the_unit_not_the_chat_id(string locale, string reporter)
    {
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐", locale);
        var unit = new Chat(() => Bot.Client, Peer, "dl_3df6" + Guid.NewGuid().ToString("N"), userName: null);
        await unit.SayAsync("绑定 " + await InviteAsync(MemberRole.UnitReporter, "旗农牧局"));

        await ReportWithCoordinationAsync(unit, 11, "协调水利局落实灌溉水源");
        await DrainAsync();

        var request = Assert.Single(Proactive(leader)).Text;
        Assert.Contains(reporter, request);
        Assert.DoesNotContain("dl_3df6", request);
    }

    private static async Task ReportWithCoordinationAsync(Chat chat, int number, string coordination)
    {
        // In one message: a supporting unit is not asked the completion, so the questions asked differ by task.
        Assert.Contains("确认提交吗", (await chat.SayAsync(
            $"汇报 {number}：正常推进，完成土地平整2.3万亩，完成情况：50%，问题：部分地块灌溉水源未落实，下步：加快推进灌溉配套，协调：{coordination}")).Texts());
        Assert.Contains($"已提交第{number}项", (await chat.SayAsync("是")).Texts());
    }
}

public sealed class SqliteCoordinationTests(PostgresServer postgres) : CoordinationTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlCoordinationTests(PostgresServer postgres) : CoordinationTests(postgres, StorageProvider.PostgreSql);
