using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;
using TaskBot.Tests.Reminders;

namespace TaskBot.Tests.Loop;

/// <summary>办结销号: a lead unit's 已完成 waits for the office, which closes it on record or sends it back with a reason.</summary>
[Collection(TestCollections.Reminders)]
public abstract class CompletionReviewTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task Done_waits_for_the_office_sent_back_it_is_open_again_with_the_reason_and_closed_it_is_on_record()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await ReportAsync(unit, 11, "已完成", null);
        await DrainAsync();
        var claim = Assert.Single(Proactive(office));
        Assert.Contains("**已完成（待核）** 旗农牧局报送第11项「高质量推进8.2万亩高标准农田建设」已完成", claim.Text);
        Assert.Equal(["销号", "退回", "查看详情和佐证材料"], new[] { claim }.Buttons());
        Assert.Contains("办结状态：已完成（待核），旗农牧局于 2025-07-01 报送", (await office.SayAsync("第11项")).Texts());

        Assert.Contains("请说明退回第11项的原因", (await office.SayAsync("退回 11")).Texts());
        Assert.Contains("第11项已退回，已告知旗农牧局", (await office.SayAsync("佐证材料不足，未见验收报告")).Texts());
        await DrainAsync();
        Assert.Contains("**退回** 第11项「高质量推进8.2万亩高标准农田建设」的完成报送被督查室退回，原因：佐证材料不足，未见验收报告", Proactive(unit)[^1].Text);
        Assert.Contains("办结状态：已退回（2025-07-01）：佐证材料不足，未见验收报告", (await office.SayAsync("第11项")).Texts());
        await RunAsync(ReminderJob.Weekly, now: true);
        Assert.Contains("- #11 ", Proactive(unit)[^1].Text);

        await ReportAsync(unit, 11, "已完成", null);
        Assert.Contains("第11项已销号，已告知旗农牧局", (await office.SayAsync("销号 11")).Texts());
        await DrainAsync();
        Assert.Contains("**销号** 第11项「高质量推进8.2万亩高标准农田建设」已经督查室核实，销号办结", Proactive(unit)[^1].Text);
        Assert.Contains("办结状态：已销号", (await office.SayAsync("第11项")).Texts());
        Assert.Contains("第11项没有待核的完成报送", (await office.SayAsync("销号 11")).Texts());
        Assert.Contains("这项功能仅供政府办督查室使用", (await unit.SayAsync("销号 11")).Texts());
    }

    [Fact]
    public async Task A_completion_awaiting_review_shows_as_such_and_is_not_counted_done_until_the_office_closes_it()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var leader = await BoundChatAsync(MemberRole.Leader, "康锐");
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");

        await ReportAsync(unit, 11, "已完成", null);

        var own = (await leader.SayAsync("我的任务")).Texts();
        Assert.Contains("**#11** 高质量推进8.2万亩高标准农田建设｜时限 ", own);
        Assert.Contains("｜最近：已完成（待核） 100%", own);
        var list = (await office.SayAsync("康锐的任务")).Texts();
        Assert.Contains("⏳ 待核 1 项", list);
        Assert.Contains("⏳ **#11** 高质量推进8.2万亩高标准农田建设｜最近：已完成（待核）", list);
        Assert.Contains("⏳ 办结状态：已完成（待核）", (await office.SayAsync("第11项")).Texts());
        var bulletin = (await office.SayAsync("通报")).Texts();
        Assert.Contains("按状态：已完成待核 1 项，", bulletin);
        Assert.Contains("⏳ 待核 1 项", bulletin);
        var behind = (await leader.SayAsync("哪些任务滞后")).Texts();
        Assert.Contains("⏳ 另有 1 项已报完成，待督查室核实销号：#11 高质量推进8.2万亩高标准农田建设。", behind);
        Assert.DoesNotContain("#11", behind.Split("⏳ 另有")[0]);

        await office.SayAsync("销号 11");

        Assert.Contains("🟢 **#11** 高质量推进8.2万亩高标准农田建设｜最近：已完成 100%", (await office.SayAsync("康锐的任务")).Texts());
        var closed = (await office.SayAsync("通报")).Texts();
        Assert.Contains("按状态：已完成 1 项，", closed);
        Assert.DoesNotContain("待核", closed);
    }

    [Fact]
    public async Task The_implementation_report_counts_a_completion_awaiting_review_apart_from_done()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "已完成", null);
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-report-").FullName, "report.docx");

        var export = await Shell.RunAsync(Store, Clock, "export", "report", "--out", path);

        Assert.True(export.ExitCode == 0, export.Error);
        using var document = WordprocessingDocument.Open(path, false);
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("已完成0项（另有1项已报完成，待核实销号），正常推进0项", text);
        Assert.Contains("高质量推进8.2万亩高标准农田建设：已完成（待核）。", text);
    }

    [Fact]
    public async Task A_completion_sent_back_is_open_again_and_no_longer_awaits_review()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "60%");
        Clock.Advance(TimeSpan.FromDays(7));
        await ReportAsync(unit, 11, "已完成", null);

        await office.SayAsync("退回 11 未见验收报告");

        var list = (await office.SayAsync("康锐的任务")).Texts();
        Assert.Contains("**#11** 高质量推进8.2万亩高标准农田建设｜最近：正常推进 ", list);
        Assert.DoesNotContain("⏳ **#11**", list);
        Assert.Contains("办结状态：已退回（2025-07-08）：未见验收报告", (await office.SayAsync("第11项")).Texts());
        Assert.DoesNotContain("已完成待核", (await office.SayAsync("通报")).Texts());
    }

    [Fact]
    public async Task A_completion_sent_back_in_the_week_it_was_reported_leaves_the_weeks_earlier_report_standing()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        await ReportAsync(unit, 11, "正常推进", "60%");
        await ReportAsync(unit, 11, "已完成", null);
        await office.SayAsync("退回 11 未见验收报告");
        await DrainAsync();

        // The unit reported this week before it said done: that report is its report for the week again.
        Assert.Contains("**#11** 高质量推进8.2万亩高标准农田建设｜最近：正常推进 ", (await office.SayAsync("康锐的任务")).Texts());
        var told = Proactive(unit).Count;
        await RunAsync(ReminderJob.Weekly, now: true);
        Assert.DoesNotContain(Proactive(unit).Skip(told), a => a.Text?.Contains("#11", StringComparison.Ordinal) == true);

        // Sent back again after a second 已完成 the same week: still that report, not the first completion sent back.
        await ReportAsync(unit, 11, "已完成", null);
        await office.SayAsync("退回 11 仍未见验收报告");
        Assert.Contains("**#11** 高质量推进8.2万亩高标准农田建设｜最近：正常推进 ", (await office.SayAsync("康锐的任务")).Texts());
    }

    [Fact]
    public async Task The_office_sees_its_queue_of_completions_awaiting_review_with_their_age()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "旗农牧局");
        Assert.Contains("目前没有待销号的任务", (await office.SayAsync("待销号")).Texts());

        await ReportAsync(unit, 11, "已完成", null);
        Clock.Advance(TimeSpan.FromDays(3));

        var queue = (await office.SayAsync("待销号的任务")).Texts();
        Assert.Contains("待销号的任务共 1 项：", queue);
        Assert.Contains("- #11 高质量推进8.2万亩高标准农田建设（旗农牧局，已 3 天）", queue);
        Assert.Contains("这项功能仅供政府办督查室使用", (await unit.SayAsync("待销号")).Texts());
        await office.SayAsync("销号 11");
        Assert.Contains("目前没有待销号的任务", (await office.SayAsync("待核")).Texts());
    }
}

public sealed class SqliteCompletionReviewTests(PostgresServer postgres) : CompletionReviewTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlCompletionReviewTests(PostgresServer postgres) : CompletionReviewTests(postgres, StorageProvider.PostgreSql);
