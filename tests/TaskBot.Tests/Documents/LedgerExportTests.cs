using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Reports;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Documents;

/// <summary>`export ledger`: the 台账 the office files, opened and read back cell by cell, on each provider.</summary>
[Collection(TestCollections.Documents)]
public abstract class LedgerExportTests(PostgresServer postgres, StorageProvider provider) : ExportTestBase(postgres, provider)
{
    protected override async Task ReportsAsync()
    {
        await ReportAsync(1, ReportStatus.Behind, 0, "=1+1", "");
        await ReportAsync(2, ReportStatus.OnSchedule, 60, "已完成招商签约。", "+SUM(A1:A9)");
    }

    private async Task<WorkbookReader> ExportAsync(int reports = 2)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-ledger-").FullName, "台账.xlsx");
        var result = await Shell.RunAsync(Store, Clock, "export", "ledger", "--out", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"44 tasks, {reports} reports", result.Output);
        return new WorkbookReader(path);
    }

    [Fact]
    public async Task A_row_per_task_with_the_reports_and_the_light_of_supervision()
    {
        using var ledger = await ExportAsync();

        Assert.Empty(ledger.SchemaErrors());
        Assert.Equal(["台账", "第20周，5月12日—5月18日", "按单位"], ledger.SheetNames);
        Assert.Equal("序号", ledger.Text("台账", "A1"));
        Assert.Equal("红黄绿", ledger.Text("台账", "H1"));
        Assert.Equal("1", ledger.Cell("台账", "A2").CellValue!.Text);
        Assert.Equal("滞后", ledger.Text("台账", "G2"));
        Assert.Equal("红", ledger.Text("台账", "H2"));  // 37 points below 序时进度
        Assert.Equal("FFFF0000", ledger.Fill("台账", "H2"));
        Assert.Equal("37", ledger.Cell("台账", "J2").CellValue!.Text);
        Assert.Equal("未报送", ledger.Text("台账", "G4"));
        Assert.Equal("yyyy-mm-dd", ledger.NumberFormat("台账", "F2"));
        Assert.Equal(new DateTime(2025, 12, 31), DateTime.FromOADate(double.Parse(ledger.Cell("台账", "F2").CellValue!.Text)));
        Assert.Equal(new DateTime(2025, 5, 15), DateTime.FromOADate(double.Parse(ledger.Cell("台账", "O2").CellValue!.Text)));
    }

    [Fact]
    public async Task The_deadline_shows_its_extensions_the_original_date_and_who_approved_each()
    {
        await ExtendAsync(3, new DateOnly(2026, 3, 31), approvedBy: "督查室", on: new DateTimeOffset(2025, 4, 15, 2, 0, 0, TimeSpan.Zero));
        await ExtendAsync(3, new DateOnly(2026, 9, 30), approvedBy: null, on: new DateTimeOffset(2025, 5, 1, 2, 0, 0, TimeSpan.Zero));
        await ExtendAsync(3, new DateOnly(2026, 6, 30), approvedBy: "康锐", on: new DateTimeOffset(2025, 5, 10, 2, 0, 0, TimeSpan.Zero));

        using var ledger = await ExportAsync();

        Assert.Equal("2026-06-30\n原定 2025-12-31\n2025-04-15 延至 2026-03-31（督查室同意）\n2025-05-10 延至 2026-06-30（康锐同意）",
            ledger.Text("台账", "F4"));
        Assert.Equal(new DateTime(2025, 12, 31), DateTime.FromOADate(double.Parse(ledger.Cell("台账", "F2").CellValue!.Text)));
    }

    /// <summary>A 延期 request by the task's lead unit, approved by someone or refused, decided the same day.</summary>
    private Task ExtendAsync(int number, DateOnly to, string? approvedBy, DateTimeOffset on) => TestApp.WithServicesAsync(Store, async sp =>
    {
        var task = (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!.Task(number)!;
        var store = sp.GetRequiredService<IExtensionStore>();
        var request = new ExtensionRequest(task.Id, number, task.LeadUnits.First().Id, "联络员", on, task.Deadline, to, "资金未到位", false);
        await store.AddAsync(request, default);
        request.Decide(approvedBy is not null, null, approvedBy ?? "督查室", on.AddHours(1));
        await store.DecideAsync(request, default);
        return 0;
    });

    [Fact]
    public async Task A_completion_awaiting_the_offices_review_reads_as_such_not_as_done_and_green()
    {
        await ReportAsync(3, ReportStatus.Done, 100, "已全部完工。", "无");
        await ClaimCompletionAsync(3, Now);

        using var ledger = await ExportAsync(reports: 3);

        Assert.Equal("已完成（待核）", ledger.Text("台账", "G4"));
        Assert.Equal("待核", ledger.Text("台账", "H4"));
        Assert.NotEqual(ledger.Fill("台账", "H4"), ledger.Fill("台账", "H3"));  // task 2, on schedule: green
    }

    [Fact]
    public async Task Problems_and_matters_written_as_nothing_read_as_none_on_every_sheet()
    {
        await ReportAsync(3, ReportStatus.OnSchedule, 40, "已完成选址。", "没啥问题", coordination: "没有");

        using var ledger = await ExportAsync(reports: 3);

        Assert.Equal(("无", "无"), (ledger.Text("台账", "L4"), ledger.Text("台账", "N4")));
        Assert.Equal(("无", "无"), (ledger.Text("第20周，5月12日—5月18日", "G4"), ledger.Text("第20周，5月12日—5月18日", "I4")));
        Assert.Equal("@旗长 请协调用地。", ledger.Text("台账", "N2"));
    }

    [Fact]
    public async Task A_request_raised_on_its_own_is_in_the_ledger_as_a_reports_is()
    {
        await RaiseAloneAsync(3, "资金缺口200万元，请协调。");

        using var ledger = await ExportAsync();

        Assert.Equal("资金缺口200万元，请协调。", ledger.Text("台账", "N4"));
        Assert.Equal(("3", "单独提出需协调事项", "资金缺口200万元，请协调。"), (ledger.Cell("第20周，5月12日—5月18日", "A4").CellValue!.Text,
            ledger.Text("第20周，5月12日—5月18日", "C4"), ledger.Text("第20周，5月12日—5月18日", "I4")));
    }

    /// <summary>A 需协调事项 the task's lead unit sent on its own, not in a report, now.</summary>
    private Task RaiseAloneAsync(int number, string text) => TestApp.WithServicesAsync(Store, async sp =>
    {
        var task = (await sp.GetRequiredService<IPlanReader>().CurrentPlanAsync(default))!.Task(number)!;
        await sp.GetRequiredService<ICoordinationStore>().AddAsync(new CoordinationItem(task.Id, number, task.LeadUnits.First().Id,
            CoordinationItem.RaisedAlone, text, task.LeadLeaders.Select(l => l.Id), "联络员", Now), default);
        return 0;
    });

    [Fact]
    public async Task A_supporting_units_input_is_marked_on_the_period_sheet_and_is_not_the_tasks_report()
    {
        await ReportAsync(3, ReportStatus.OnSchedule, 5, "已拨付招商专项资金。", "无", unit: "旗财政局");

        using var ledger = await ExportAsync(reports: 3);

        Assert.Equal("旗财政局（配合）", ledger.Text("第20周，5月12日—5月18日", "B4"));
        Assert.Equal("旗政府办公室", ledger.Text("第20周，5月12日—5月18日", "B2"));
        Assert.Equal("未报送", ledger.Text("台账", "G4"));
    }

    [Fact]
    public async Task Formula_looking_reports_are_text_and_never_formulas()
    {
        using var ledger = await ExportAsync();

        Assert.Equal("=1+1", ledger.Text("台账", "K2"));
        Assert.Equal("+SUM(A1:A9)", ledger.Text("台账", "L3"));
        Assert.Equal("@旗长 请协调用地。", ledger.Text("台账", "N2"));
        Assert.Equal("=1+1", ledger.Text("第20周，5月12日—5月18日", "F2"));
        Assert.All(ledger.SheetNames, s => Assert.Empty(ledger.Sheet(s).Descendants<CellFormula>()));
    }

    [Fact]
    public async Task Every_sheet_has_a_frozen_filtered_header()
    {
        using var ledger = await ExportAsync();

        foreach (var sheet in ledger.SheetNames)
        {
            var pane = ledger.Sheet(sheet).Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.StartsWith("A1:", ledger.Sheet(sheet).Descendants<AutoFilter>().Single().Reference!.Value);
        }
        Assert.Equal("A1:O45", ledger.Sheet("台账").Descendants<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public async Task The_unit_sheet_counts_tasks_led_reports_and_tasks_behind()
    {
        using var ledger = await ExportAsync();

        var rows = ledger.Sheet("按单位").Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text).ToList()).ToList();
        var lead = ledger.Text("台账", "D2")!.Split('、')[0];
        var unit = rows.Single(r => r[0] == lead);
        var led = int.Parse(unit[1]!);
        var reported = new[] { "D2", "D3" }.Count(c => ledger.Text("台账", c)!.Split('、')[0] == lead);  // tasks 1 and 2 were reported
        Assert.Equal(Math.Round(100m * reported / led, 1), decimal.Parse(unit[2]!));  // in the one period so far
        Assert.Contains("#1", unit[4]!.Split('、'));
    }

    [Fact]
    public async Task A_plan_that_does_not_exist_is_a_usage_error_and_writes_no_file()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("taskbot-ledger-").FullName, "台账.xlsx");

        var result = await Shell.RunAsync(Store, "export", "ledger", "--plan", "1999", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no plan is titled \"1999\"", result.Error);
        Assert.False(File.Exists(path));
    }
}

public sealed class SqliteLedgerExportTests(PostgresServer postgres) : LedgerExportTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlLedgerExportTests(PostgresServer postgres) : LedgerExportTests(postgres, StorageProvider.PostgreSql);
