using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Dialogs.Conversations;
using TaskBot.Domain.People;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Evidence;

/// <summary>佐证材料: photos and files a unit sends with its reports, listed in the task detail and downloaded by those who may see the task.</summary>
[Collection(TestCollections.Documents)]
public abstract class EvidenceTests(PostgresServer postgres, StorageProvider provider) : EvidenceTestBase(postgres, provider)
{
    [Fact]
    public async Task A_photo_sent_while_reporting_goes_with_the_report_and_the_task_detail_links_it_for_those_who_see_the_task()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("汇报 11");

        var received = (await unit.SendAsync(FileMessage(unit, Png, "现场.png"))).Texts();
        var readBack = (await unit.SayAsync("正常推进，完成土地平整2.3万亩，完成情况：60%，问题：无，下步：加快灌溉配套，协调：无")).Texts();
        var saved = (await unit.SayAsync("是")).Texts();

        Assert.Contains("已收到佐证材料「现场.png」", received);
        Assert.Contains("材料将随第11项的汇报一并提交（本次汇报共 1 件佐证材料）", received);
        Assert.Contains("佐证材料：现场.png", readBack);
        Assert.Contains("已提交第11项本期", saved);
        var detail = (await unit.SayAsync("详情 11")).Texts();
        Assert.Contains("佐证材料（1 件，链接 10 分钟内有效）", detail);
        Assert.Contains("｜旗农牧局｜2025-07-01", detail);
        Assert.DoesNotContain("待随汇报提交", detail);
        var (status, content, type) = await DownloadAsync(Links(detail)["现场.png"]);
        Assert.Equal((HttpStatusCode.OK, "image/png"), (status, type));
        Assert.Equal(Png, content);

        var office = await BoundChatAsync(MemberRole.Office);
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(Links((await office.SayAsync("详情 11")).Texts())["现场.png"])).Status);
        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(Links((await leader.SayAsync("详情 11")).Texts())["现场.png"])).Status);
    }

    [Fact]
    public async Task Another_unit_cannot_see_the_task_and_a_link_made_for_it_or_for_someone_unbound_is_refused()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SendAsync(FileMessage(unit, Png, "现场.png", "汇报 11"));
        await unit.SayAsync("正常推进，完成土地平整2.3万亩，完成情况：60%，问题：无，下步：加快灌溉配套，协调：无");
        await unit.SayAsync("是");
        var other = await BoundChatAsync(MemberRole.UnitReporter, "旗财政局");

        Assert.Contains("没有找到第11项任务", (await other.SayAsync("详情 11")).Texts());
        var forOther = await Bot.WithScopeAsync(async sp =>
        {
            var finance = (await sp.GetRequiredService<TaskQueries>().FindUnitAsync("旗财政局", default))!;
            var member = (await sp.GetRequiredService<IPeopleStore>().MembersAsync(default)).Single(m => m.UnitId == finance.Id);
            return new Uri(sp.GetRequiredService<IEvidenceLinks>().For(member, (await EvidenceAsync()).Single()).Url).PathAndQuery;
        });
        var own = Links((await unit.SayAsync("详情 11")).Texts())["现场.png"];

        Assert.Equal(HttpStatusCode.Forbidden, (await DownloadAsync(forOther)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await DownloadAsync(own + "x")).Status);
        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(own)).Status);
        await unit.SayAsync("解绑");
        await unit.SayAsync("是");
        Assert.Equal(HttpStatusCode.Forbidden, (await DownloadAsync(own)).Status);
        Clock.Advance(TimeSpan.FromMinutes(11));
        var office = await BoundChatAsync(MemberRole.Office);
        var late = Links((await office.SayAsync("详情 11")).Texts())["现场.png"];
        Clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.Forbidden, (await DownloadAsync(late)).Status);
    }

    [Fact]
    public async Task A_photo_alone_is_never_lost_the_bot_asks_which_task_and_it_goes_with_the_next_report()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        var asked = await unit.SendAsync(InlineMessage(unit, Jpg, "验收.jpg", "image/jpeg"));

        Assert.Contains("已收到佐证材料「验收.jpg」", asked.Texts());
        Assert.Contains("这些材料是哪项任务的佐证材料", asked.Texts());
        Assert.Contains("第11项", asked.Buttons());
        Assert.DoesNotContain("内容不能为空", asked.Texts());
        var kept = await unit.SayAsync("第11项");
        Assert.Contains("材料已保存为第11项的佐证材料，将随本单位下次汇报该项时一并提交", kept.Texts());
        Assert.Contains("汇报 11", kept.Buttons());
        Assert.Contains("（待随汇报提交）", (await unit.SayAsync("详情 11")).Texts());

        // The read-back names the photo the report will take, though it was sent before the report began.
        var readBack = await unit.SayAsync("汇报 11：正常推进，完成土地平整2.3万亩，完成情况：60%，问题：无，下步：加快推进，协调：无");
        Assert.Contains("佐证材料：验收.jpg", readBack.Texts());
        await unit.SayAsync("是");

        var file = Assert.Single(await EvidenceAsync());
        Assert.NotNull(file.ReportId);
        Assert.DoesNotContain("待随汇报提交", (await unit.SayAsync("详情 11")).Texts());
    }

    [Fact]
    public async Task A_photo_alone_from_a_unit_with_more_tasks_than_a_message_lists_says_how_many_more_and_takes_any_of_their_numbers()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局"); // leads 3, named by 旗直各部门 or 各苏木镇 in 41

        var asked = (await unit.SendAsync(InlineMessage(unit, Jpg, "验收.jpg", "image/jpeg"))).Texts();

        Assert.EndsWith("另有 24 项未列出，可直接回复任务序号。", asked);
        Assert.DoesNotContain("- #40 ", asked);
        Assert.Contains("材料已保存为第40项的佐证材料", (await unit.SayAsync("40")).Texts());
    }

    [Fact]
    public async Task A_photo_kept_while_the_bot_asks_which_task_is_said_to_be_kept_when_the_units_tasks_are_withdrawn_meanwhile()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("这些材料是哪项任务的佐证材料", (await unit.SendAsync(InlineMessage(unit, Jpg, "验收.jpg", "image/jpeg"))).Texts());
        await Bot.WithScopeAsync(async sp =>
        {
            var plan = (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!;
            var own = plan.Tasks.SelectMany(t => t.LeadUnits).First(u => u.Name == "旗农牧局");
            foreach (var task in plan.Tasks.Where(t => t.Concerns(own)).ToList())
                await sp.GetRequiredService<ITaskEditor>().WithdrawAsync(null, task.Number, "并入其他任务", "督查室", default);
            return 0;
        });

        var said = (await unit.SayAsync("第11项")).Texts();

        Assert.Contains("已收到的材料（验收.jpg）留存在本单位名下，未归入任何任务", said);
        Assert.DoesNotContain("未保存", said);
        Assert.Null(Assert.Single(await EvidenceAsync()).TaskItemId);
    }

    [Fact]
    public async Task A_photo_captioned_汇报_for_a_draft_put_aside_is_named_in_the_resumed_reports_read_back()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("汇报 11");
        await unit.SayAsync("正常推进");
        await unit.SayAsync("我的任务");

        var photo = InlineMessage(unit, Jpg, "验收.jpg", "image/jpeg");
        photo.Text = "汇报 11";
        await unit.SendAsync(photo);
        var readBack = (await unit.SayAsync("完成土地平整2.3万亩，完成情况：60%，问题：无，下步：加快灌溉配套，协调：无")).Texts();

        Assert.Contains("佐证材料：验收.jpg", readBack);
    }

    [Fact]
    public async Task A_photo_sent_while_another_question_waits_is_kept_not_dropped()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("第11项要延期到哪一天", (await unit.SayAsync("延期 11")).Texts());

        var asked = await unit.SendAsync(InlineMessage(unit, Jpg, "验收.jpg", "image/jpeg"));

        Assert.Contains("已收到佐证材料「验收.jpg」", asked.Texts());
        Assert.DoesNotContain("内容不能为空", asked.Texts());
        Assert.Single(await EvidenceAsync());
    }

    [Fact]
    public async Task A_photo_sent_just_after_a_report_goes_with_that_report()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "60%", problems: "无");

        var replies = (await unit.SendAsync(FileMessage(unit, Jpg, "photo.jpg", contentType: "image/jpeg"))).Texts();

        Assert.Contains("材料已附在第11项", replies);
        Assert.Contains("的汇报中", replies);
        Assert.NotNull(Assert.Single(await EvidenceAsync()).ReportId);
    }

    [Fact]
    public async Task Oversize_and_wrong_type_files_get_a_clear_message_and_are_not_kept()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await unit.SayAsync("汇报 11");

        var large = (await unit.SendAsync(FileMessage(unit, [.. Png, .. new byte[10 * 1024 * 1024]], "大图.png"))).Texts();
        var renamed = (await unit.SendAsync(FileMessage(unit, [0x4D, 0x5A, 0x90, 0], "照片.jpg", contentType: "image/jpeg"))).Texts();

        Assert.Contains("「大图.png」超过 10 MB，未保存", large);
        Assert.Contains("「照片.jpg」不是可接收的文件（仅限 jpg、png、pdf、docx、xlsx，按文件内容判断，不看文件名），未保存", renamed);
        Assert.Empty(await EvidenceAsync());
        Assert.Contains("请核对", (await unit.SayAsync("正常推进，完成土地平整2.3万亩，完成情况：60%，问题：无，下步：加快灌溉配套，协调：无")).Texts());
    }

    [Fact]
    public async Task The_office_sending_a_photo_is_told_evidence_comes_from_units_and_nothing_is_kept()
    {
        var office = await BoundChatAsync(MemberRole.Office);

        var replies = (await office.SendAsync(FileMessage(office, Png, "photo.png"))).Texts();

        Assert.Contains("佐证材料由责任单位随汇报发送", replies);
        Assert.Empty(await EvidenceAsync());
    }

    [Fact]
    public async Task A_file_named_as_a_photo_is_kept_as_what_its_content_is()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await unit.SendAsync(FileMessage(unit, Png, "photo.jpg", "第11项", "image/jpeg"));

        var file = Assert.Single(await EvidenceAsync());
        Assert.Equal(("photo.png", Domain.Evidence.EvidenceType.Png), (file.FileName, file.Type));
    }

    [Fact]
    public async Task In_english_a_photo_goes_with_the_report_and_is_listed_in_the_details()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");
        await unit.SayAsync("report 11");

        var received = (await unit.SendAsync(FileMessage(unit, Png, "site.png"))).Texts();
        var readBack = (await unit.SayAsync("on schedule, progress: land levelled, completion: 60%, problems: none, next: irrigation, "
            + "coordination: none")).Texts();
        await unit.SayAsync("yes");
        var detail = (await unit.SayAsync("details 11")).Texts();

        Assert.Contains("Evidence \"site.png\" received.", received);
        Assert.Contains("It goes with your report on task 11 (1 piece(s) of evidence with this report).", received);
        Assert.Contains("Evidence: site.png", readBack);
        Assert.Contains("Evidence (1; links valid for 10 minutes):", detail);
        Assert.Equal(HttpStatusCode.OK, (await DownloadAsync(Links(detail)["site.png"])).Status);
    }

    [Fact]
    public async Task In_english_an_oversize_file_is_refused_with_the_limit()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局", "en-US");

        var replies = (await unit.SendAsync(FileMessage(unit, [.. Png, .. new byte[10 * 1024 * 1024]], "big.png", "report 11"))).Texts();

        Assert.Contains("\"big.png\" is larger than 10 MB and was not kept.", replies);
        Assert.Empty(await EvidenceAsync());
    }
}

public sealed class SqliteEvidenceTests(PostgresServer postgres) : EvidenceTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlEvidenceTests(PostgresServer postgres) : EvidenceTests(postgres, StorageProvider.PostgreSql);
