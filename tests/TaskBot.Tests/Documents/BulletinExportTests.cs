using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Documents;

/// <summary>`export bulletin` and `export report`: the 通报 and the 落实情况报告 draft, opened and read paragraph by paragraph.</summary>
[Collection(TestCollections.Documents)]
public abstract class BulletinExportTests(PostgresServer postgres, StorageProvider provider) : ExportTestBase(postgres, provider)
{
    // 04:00 on Thursday 8 May in the office: week 19.
    private static readonly DateTimeOffset LastWeek = Now.AddDays(-7);

    protected override async Task ReportsAsync()
    {
        await ReportAsync(1, ReportStatus.Behind, 0, "=1+1", "资金未到位");
        await ReportAsync(2, ReportStatus.OnSchedule, 60, "已完成招商签约。", "无");
    }

    private async Task<(List<string> Paragraphs, WordprocessingDocument Document)> ExportAsync(params string[] args)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-bulletin-").FullName, "out.docx");
        var result = await Shell.RunAsync(Store, Clock, ["export", .. args, "--out", path]);
        Assert.True(result.ExitCode == 0, result.Error);
        var document = WordprocessingDocument.Open(path, false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        return (paragraphs, document);
    }

    [Fact]
    public async Task The_bulletin_reads_as_a_numbered_notice_with_counts_reasons_and_the_ledger()
    {
        var (p, document) = await ExportAsync("bulletin");
        using var _ = document;

        Assert.Equal(["督查通报", "第1期", "旗人民政府督查室　　　　2025年5月15日"], p.Take(3));
        Assert.Contains("（第20周，5月12日—5月18日）推进情况的通报", p[3]);  // the period as people say it
        Assert.Equal("一、总体情况", p[4]);
        Assert.StartsWith("截至2025年5月15日，", p[5]);
        Assert.Contains("共44项任务。按单位报送：已完成0项，已完成待核0项，正常推进1项，滞后1项，未启动0项，未报送42项", p[5]);
        // The units' own 滞后 apart from the lights, whose yellow and red tasks section three lists.
        Assert.Matches(@"；按序时进度和时限研判：绿灯\d+项，黄灯\d+项，红灯\d+项（黄灯、红灯任务见第三部分）。$", p[5]);
        Assert.Contains(p, x => x.StartsWith("1. 第2项") && x.Contains("完成60%") && x.Contains("已完成招商签约"));  // advanced well
        Assert.Contains(p, x => x.StartsWith("1. 第1项") && x.Contains("单位自报滞后") && x.Contains("单位说明：资金未到位"));
        Assert.Contains("四、截至2025年5月15日尚未报送的单位", p);  // mid-week: not late yet, only not in
        Assert.Contains("六、下步要求", p);
        var tables = document.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(["单位", "牵头任务", "本期已报", "未报", "滞后任务"], tables[0].Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        var ledger = tables[^1].Elements<TableRow>().ToList();
        Assert.Equal(45, ledger.Count);
        Assert.Equal(["1"], ledger[1].Elements<TableCell>().Take(1).Select(c => c.InnerText));
        Assert.Equal("=1+1", ledger[1].Elements<TableCell>().ElementAt(7).InnerText);  // a report that looks like a formula is text
        Assert.Empty(document.MainDocumentPart.Document.Descendants<FieldCode>());
        Assert.Empty(document.MainDocumentPart.Document.Descendants<SimpleField>());
    }

    [Fact]
    public async Task The_bulletin_embeds_the_charts_as_pictures()
    {
        var (_, document) = await ExportAsync("bulletin");
        using var _d = document;

        var images = document.MainDocumentPart!.ImageParts.ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, i => Assert.Equal("image/png", i.ContentType));
        using var png = images[0].GetStream();
        var header = new byte[8];
        png.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
        Assert.Equal(2, document.MainDocumentPart.Document.Descendants<DocumentFormat.OpenXml.Drawing.Pictures.Picture>().Count());
    }

    [Fact]
    public async Task A_period_keeps_its_number_and_a_number_set_by_the_office_holds()
    {
        var (first, d1) = await ExportAsync("bulletin");
        d1.Dispose();
        var (again, d2) = await ExportAsync("bulletin");
        d2.Dispose();
        var (set, d3) = await ExportAsync("bulletin", "--number", "7");
        d3.Dispose();

        Assert.Equal("第1期", first[1]);
        Assert.Equal("第1期", again[1]);
        Assert.Equal("第7期", set[1]);
    }

    [Fact]
    public async Task A_past_period_is_judged_as_it_stood_at_its_end_on_the_reports_up_to_it()
    {
        var lastWeek = Now.AddDays(-7);
        await ReportAsync(1, ReportStatus.OnSchedule, 40, "第19周进展", "无", at: lastWeek);
        await ReportAsync(3, ReportStatus.Behind, 0, "第19周未动工", "第19周的问题", at: lastWeek);

        var (p, document) = await ExportAsync("bulletin", "--period", "2025-W19");
        using var _ = document;

        Assert.Contains("（第19周，5月5日—5月11日）推进情况的通报", p[3]);
        Assert.StartsWith("截至2025年5月11日，", p[5]);
        Assert.Contains("正常推进1项，滞后1项", p[5]);
        // Task 1 was on schedule then; its report this week (behind) and task 2's are not yet written.
        Assert.Contains(p, x => x.StartsWith("1. 第3项") && x.Contains("单位说明：第19周的问题"));
        Assert.DoesNotContain(p, x => x.Contains("资金未到位"));
        Assert.Contains("四、截至2025年5月11日尚未报送的单位", p);
        var ledger = document.MainDocumentPart!.Document.Body!.Elements<Table>().Last().Elements<TableRow>().ToList();
        Assert.Equal("第19周进展", ledger[1].Elements<TableCell>().ElementAt(7).InnerText);
        Assert.Equal("", ledger[2].Elements<TableCell>().ElementAt(7).InnerText);
    }

    [Fact]
    public async Task A_past_period_counts_as_awaiting_review_the_completions_the_office_had_not_closed_by_its_end()
    {
        await DoneLastWeekAsync(3);
        await ClaimCompletionAsync(3, LastWeek, closed: Now);
        await DoneLastWeekAsync(4);
        await ClaimCompletionAsync(4, LastWeek, closed: LastWeek.AddHours(2));
        await DoneLastWeekAsync(5);
        await ClaimCompletionAsync(5, LastWeek);

        var (past, now) = (await OverallAsync("--period", "2025-W19"), await OverallAsync());

        // Closed this week, 3 was still waiting at the end of week 19; 4 was closed within it; 5 is still waiting.
        Assert.Contains("按单位报送：已完成1项，已完成待核2项", past);
        Assert.Contains("按单位报送：已完成2项，已完成待核1项", now);
    }

    [Fact]
    public async Task A_completion_sent_back_after_a_past_period_s_end_was_awaiting_review_then_and_its_report_counts_as_in()
    {
        await DoneLastWeekAsync(3);
        await ClaimCompletionAsync(3, LastWeek, returned: Now);

        var (past, now) = (await OverallAsync("--period", "2025-W19"), await OverallAsync());

        // Sent back this week: at the end of week 19 the unit's 已完成 stood, waiting for the office (and the week's
        // 通报 can still be issued, though no report of the week is on the record now).
        Assert.Contains("按单位报送：已完成0项，已完成待核1项，正常推进0项，滞后0项，未启动0项，未报送43项", past);
        Assert.Contains("按单位报送：已完成0项，已完成待核0项，正常推进1项，滞后1项，未启动0项，未报送42项", now);
    }

    [Fact]
    public async Task A_completion_sent_back_within_a_past_period_reads_there_as_it_reads_now_not_done()
    {
        await ReportAsync(1, ReportStatus.OnSchedule, 40, "第19周进展", "无", at: LastWeek);
        await ReportAsync(3, ReportStatus.OnSchedule, 80, "第18周过半", "无", at: LastWeek.AddDays(-7));
        await DoneLastWeekAsync(3);
        await ClaimCompletionAsync(3, LastWeek, returned: LastWeek.AddHours(2));

        var past = await OverallAsync("--period", "2025-W19");

        // Taken off the record within week 19, the 已完成 counts there neither as done nor as waiting, as it does not
        // today: the task stands on its week-18 report.
        Assert.Contains("按单位报送：已完成0项，已完成待核0项，正常推进2项，滞后0项，未启动0项，未报送42项", past);
    }

    [Fact]
    public async Task A_completion_claimed_after_a_past_period_s_end_leaves_the_one_closed_before_it_done_there()
    {
        var twoWeeksAgo = LastWeek.AddDays(-7);
        await ReportAsync(1, ReportStatus.OnSchedule, 40, "第19周进展", "无", at: LastWeek);
        await ReportAsync(3, ReportStatus.Done, 100, "第18周完工", "无", at: twoWeeksAgo);
        await ClaimCompletionAsync(3, twoWeeksAgo, closed: twoWeeksAgo.AddHours(2));
        await ReportAsync(3, ReportStatus.Done, 100, "第20周再次完工", "无");
        await ClaimCompletionAsync(3, Now);

        var past = await OverallAsync("--period", "2025-W19");

        // The 已完成 of week 20 waits for the office; in week 19 the task stood closed on record.
        Assert.Contains("按单位报送：已完成1项，已完成待核0项，正常推进1项，滞后0项，未启动0项，未报送42项", past);
    }

    [Fact]
    public async Task A_past_period_s_end_is_the_office_s_midnight_for_a_completion_closed_around_it()
    {
        // Week 19 ends on Sunday 11 May at midnight in the office: 16:00 UTC.
        var sunday = new DateTimeOffset(2025, 5, 11, 0, 0, 0, TimeSpan.Zero);
        await DoneLastWeekAsync(3);
        await ClaimCompletionAsync(3, LastWeek, closed: sunday.AddHours(15.5));
        await DoneLastWeekAsync(4);
        await ClaimCompletionAsync(4, LastWeek, closed: sunday.AddHours(16.5));

        var past = await OverallAsync("--period", "2025-W19");

        // 3 was closed at 23:30 in the office, on Sunday; 4 at 00:30 on Monday, still Sunday in UTC.
        Assert.Contains("按单位报送：已完成1项，已完成待核1项", past);
    }

    private Task DoneLastWeekAsync(int number) => ReportAsync(number, ReportStatus.Done, 100, "第19周完工", "无", at: LastWeek);

    /// <summary>The 通报's 总体情况: the counts of tasks by status and by light.</summary>
    private async Task<string> OverallAsync(params string[] args)
    {
        var (p, document) = await ExportAsync(["bulletin", .. args]);
        using var _ = document;
        return p[5];
    }

    [Fact]
    public async Task A_period_that_is_not_over_is_judged_today_not_at_its_end()
    {
        // A monthly task's report carries the month's key: this month, not a past period, though not the office's week.
        await TestApp.WithServicesAsync(Store, async sp =>
        {
            var plan = (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!;
            var task = plan.Task(3)!;
            var month = PeriodCalendar.Containing(DateOnly.FromDateTime(Now.Date), PeriodKind.Month);
            var content = new ReportContent(ReportStatus.OnSchedule, "本月进展", 30, null, "无", "下月开工。", "无");
            await sp.GetRequiredService<IReportStore>().SaveAsync(
                new ProgressReport(task.Id, task.LeadUnits.First().Id, month, content, "联络员", Now), default);
            return 0;
        });

        var (p, document) = await ExportAsync("bulletin", "--period", "2025-05");
        using var _ = document;

        Assert.StartsWith("截至2025年5月15日，", p[5]);
    }

    [Fact]
    public async Task A_period_with_no_reports_is_refused_and_no_file_is_written()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-bulletin-").FullName, "out.docx");

        var result = await Shell.RunAsync(Store, Clock, "export", "bulletin", "--period", "2025-W03", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no reports for period 2025-W03", result.Error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task The_implementation_report_names_the_unit_and_period_of_every_figure()
    {
        var (p, document) = await ExportAsync("report");
        using var _ = document;

        Assert.Contains("落实情况的报告", p[0]);
        Assert.Equal("（草稿，供修改）", p[1]);
        var achieved = p.First(x => x.StartsWith("（第2项）"));  // then again under 下一步工作
        Assert.Matches(@"完成60%〔[^，]+，第20周，5月12日—5月18日，2025-05-15报送〕", achieved);
        var behind = p.First(x => x.StartsWith("（第1项）") && x.Contains("单位自报滞后"));
        Assert.Contains("单位反映：资金未到位〔", behind);
        Assert.Contains("二、存在的问题", p);
        Assert.Contains("三、下一步工作", p);
    }

    [Fact]
    public async Task The_implementation_report_counts_the_plans_tasks_once_each_and_as_many_behind_as_it_lists()
    {
        var list = Path.Combine(Directory.CreateTempSubdirectory("taskbot-list-").FullName, "list.txt");
        await File.WriteAllTextAsync(list, "2025年领导批示事项督办清单\n\n一、落实旗长批示，开展招商引资专项督查\n牵头领导：阿拉腾朝鲁\n牵头单位：旗工信和科技局\n完成时限：2025年12月底前\n");
        var imported = await Shell.RunAsync(Store, Clock,
            "import", list, "--list", "领导批示", "--kind", "instruction", "--year", "2025", "--org", "乌审旗");
        Assert.True(imported.ExitCode == 0, imported.Error);

        var (p, document) = await ExportAsync("report");
        using var _ = document;

        var overall = System.Text.RegularExpressions.Regex.Match(p[2],
            @"确定的(\d+)项任务中，已完成(\d+)项(?:（另有(\d+)项[^）]*）)?，正常推进(\d+)项，滞后或未启动(\d+)项，未报送进展(\d+)项");
        Assert.True(overall.Success, p[2]);
        int N(int i) => overall.Groups[i].Success ? int.Parse(overall.Groups[i].Value) : 0;
        Assert.Equal(44, N(1));
        Assert.Equal(N(1), N(2) + N(3) + N(4) + N(5) + N(6));
        var problems = p.SkipWhile(x => x != "二、存在的问题").TakeWhile(x => x != "三、下一步工作");
        Assert.Equal(N(5), problems.Count(x => x.StartsWith("（第", StringComparison.Ordinal)));
    }
}

public sealed class SqliteBulletinExportTests(PostgresServer postgres) : BulletinExportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlBulletinExportTests(PostgresServer postgres) : BulletinExportTests(postgres, StorageProvider.PostgreSql);
