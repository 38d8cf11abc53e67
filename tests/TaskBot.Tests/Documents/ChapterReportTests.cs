using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Data;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Documents;

/// <summary>
/// A plan with chapters, imported from Word: the tasks keep their chapters through a re-import, the 台账 shows them, and the
/// 落实情况报告 lists each part's tasks under their chapters in the plan's order.
/// </summary>
[Collection(TestCollections.Documents)]
public abstract class ChapterReportTests(PostgresServer postgres, StorageProvider provider) : IAsyncLifetime
{
    private const string Investment = "坚定不移抓项目扩投资";
    private const string Welfare = "坚定不移抓民生增福祉";
    private static readonly DateTimeOffset Now = new(2025, 5, 14, 20, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await postgres.Templates.CopyAsync(provider, StoreTemplates.Migrated);

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Plan(bool welfareChapter = true)
    {
        var word = new WordFile().Paragraph("乌审旗2025年政府工作报告重点工作任务分解方案")
            .Paragraph(Investment, list: WordFile.ChineseList);
        AddTask(word, "新建高标准农田8.2万亩。", "旗农牧局");
        AddTask(word, "新增城镇就业1000人以上。", "旗人社局");
        if (welfareChapter) word.Paragraph(Welfare, list: WordFile.ChineseList);
        AddTask(word, "建设旗寄递物流综合配送中心。", "旗商务局");
        return word.Save("分解方案.docx");
    }

    private static void AddTask(WordFile word, string text, string unit) => word
        .Paragraph(text, list: WordFile.ChineseList, level: 1)
        .Paragraph("牵头领导：沙  健").Paragraph($"牵头单位：{unit}").Paragraph("完成时限：2025年12月底前");

    private async Task<string> ImportAsync(string path)
    {
        var result = await Shell.RunAsync(_store, _clock, "import", path);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    private Task ReportAsync(int number) => TestApp.WithServicesAsync(_store, async sp =>
    {
        var plan = (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!;
        var task = plan.Task(number)!;
        var period = new PeriodCalendar(PeriodKind.Week).Containing(DateOnly.FromDateTime(Now.Date));
        var content = new ReportContent(ReportStatus.OnSchedule, $"第{number}项进展。", 90, null, "无", $"第{number}项下步。", "无");
        await sp.GetRequiredService<IReportStore>()
            .SaveAsync(new ProgressReport(task.Id, task.LeadUnits.First().Id, period, content, "联络员", Now), default);
        return 0;
    });

    private async Task<List<string>> ExportAsync(string what, string name)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-chapters-").FullName, name);
        var result = await Shell.RunAsync(_store, _clock, "export", what, "--out", path);
        Assert.True(result.ExitCode == 0, result.Error);
        if (what == "ledger") return [path];
        using var document = WordprocessingDocument.Open(path, false);
        return [.. document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText)];
    }

    // The paragraphs of one part of the report, each task shown by its number alone.
    private static List<string> Part(List<string> paragraphs, string heading, string next)
    {
        var from = paragraphs.IndexOf(heading) + 1;
        return [.. paragraphs.Skip(from).Take(paragraphs.IndexOf(next) - from).Select(p => p.StartsWith("（第") ? p[..(p.IndexOf('）') + 1)] : p)];
    }

    [Fact]
    public async Task The_report_lists_each_parts_tasks_under_their_chapters_in_plan_order()
    {
        await ImportAsync(Plan());
        foreach (var n in new[] { 3, 1, 2 }) await ReportAsync(n);

        var p = await ExportAsync("report", "落实情况报告.docx");

        Assert.Equal([$"（一）{Investment}", "（第1项）", "（第2项）", $"（二）{Welfare}", "（第3项）"], Part(p, "一、主要成效", "二、存在的问题"));
        Assert.Equal(["无。"], Part(p, "二、存在的问题", "三、下一步工作"));
        var next = Part(p, "三、下一步工作", "旗人民政府督查室");
        Assert.Equal([$"（一）{Investment}", "（第1项）", "（第2项）", $"（二）{Welfare}", "（第3项）"], next);
    }

    [Fact]
    public async Task A_reimport_keeps_the_chapters_and_says_when_one_changes()
    {
        var first = await ImportAsync(Plan());

        var again = await ImportAsync(Plan());
        var moved = await ImportAsync(Plan(welfareChapter: false));

        Assert.Contains("tasks added: 3", first);
        Assert.Contains("updated: 0, unchanged: 3", again);
        Assert.Contains("updated #3: chapter", moved);
        using var ledger = new WorkbookReader((await ExportAsync("ledger", "台账.xlsx"))[0]);
        Assert.Equal("类别", ledger.Text("台账", "B1"));
        Assert.Equal([Investment, Investment, Investment], new[] { "B2", "B3", "B4" }.Select(c => ledger.Text("台账", c)));
        Assert.Equal("任务内容", ledger.Text("台账", "C1"));
    }
}

public sealed class SqliteChapterReportTests(PostgresServer postgres) : ChapterReportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlChapterReportTests(PostgresServer postgres) : ChapterReportTests(postgres, StorageProvider.PostgreSql);
