using System.CommandLine;
using TaskBot.Hosting;

namespace TaskBot.Cli;

/// <summary>
/// `export ledger|bulletin|report`: the 台账 workbook, the numbered 通报 and the 落实情况报告 draft, as the office
/// files them. Each is made whole in memory first, so a failure leaves no half-written file.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CommandServices services)
    {
        var ledgerPlan = PlanOption();
        var ledgerOut = OutOption("台账-YEAR.xlsx", "FILE.xlsx");
        var ledger = new Command("ledger", "Write the ledger (台账): a row per task, a sheet per period, a sheet by unit.") { ledgerPlan, ledgerOut };
        ledger.SetAction((r, ct) => Run(services, r, ledgerOut, (d, c) => d.LedgerAsync(r.GetValue(ledgerPlan), c), ct));

        var period = new Option<string>("--period")
        {
            Description = "The period whose reports it shows (2025-W49); the current one by default.", HelpName = "KEY",
        };
        var number = new Option<int?>("--number") { Description = "The issue number (第N期); by default the period's, or the next.", HelpName = "N" };
        var bulletinOut = OutOption("通报-第N期-PERIOD.docx", "FILE.docx");
        var bulletin = new Command("bulletin", "Write the bulletin (通报) as a Word document, numbered.") { period, number, bulletinOut };
        bulletin.SetAction((r, ct) => Run(services, r, bulletinOut, (d, c) => d.BulletinAsync(r.GetValue(period),
            r.GetValue(number) is { } n && n > 0 ? n
            : r.GetValue(number) is null ? null : throw new CommandLineException("--number must be 1 or more"), c), ct));

        var reportPlan = PlanOption();
        var reportOut = OutOption("落实情况报告-YEAR.docx", "FILE.docx");
        var report = new Command("report", "Write a draft of the implementation report (落实情况报告) on the plan.") { reportPlan, reportOut };
        report.SetAction((r, ct) => Run(services, r, reportOut, (d, c) => d.ImplementationReportAsync(r.GetValue(reportPlan), c), ct));
        return new Command("export", "Write what the office files.") { ledger, bulletin, report };
    }

    private static Option<string> PlanOption() =>
        new("--plan") { Description = "The plan by title or year; the newest by default.", HelpName = "TITLE|YEAR" };

    private static Option<string> OutOption(string fallback, string name) =>
        new("--out") { Description = $"Where to write it; {fallback} by default.", HelpName = name };

    private static Task<int> Run(CommandServices services, ParseResult r, Option<string> output,
        Func<OfficeDocuments, CancellationToken, Task<OfficeDocuments.OfficeFile>> make, CancellationToken ct)
    {
        // Checked before the database is opened: a command that fails leaves nothing behind.
        var folder = Path.GetDirectoryName(Path.GetFullPath(r.GetValue(output) ?? "."));
        if (!Directory.Exists(folder)) throw new FileNotFoundException($"no such folder: {folder}");
        return services.RunAsync(async sp =>
        {
            var file = await make(sp.GetRequiredService<OfficeDocuments>(), ct);
            var path = r.GetValue(output) ?? file.FileName;
            await File.WriteAllBytesAsync(path, file.Content, ct);
            await r.InvocationConfiguration.Output.WriteLineAsync($"{file.Plan.Title} ({file.Plan.Year}): {file.Summary} → {path}");
            return 0;
        });
    }
}
