using System.CommandLine;
using TaskBot.Data;
using TaskBot.Documents.Ledger;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Cli;

/// <summary>`export ledger [--plan TITLE|YEAR] [--out FILE.xlsx]`: the 台账 as a workbook.</summary>
public static class ExportCommand
{
    public static Command Create(CommandServices services)
    {
        var plan = new Option<string>("--plan") { Description = "The plan by title or year; the newest by default.", HelpName = "TITLE|YEAR" };
        var output = new Option<string>("--out") { Description = "Where to write the workbook; 台账-YEAR.xlsx by default.", HelpName = "FILE.xlsx" };
        var ledger = new Command("ledger", "Write the ledger (台账): a row per task, a sheet per period, a sheet by unit.") { plan, output };
        ledger.SetAction((r, ct) =>
        {
            // Checked before the database is opened: a command that fails leaves nothing behind.
            var folder = Path.GetDirectoryName(Path.GetFullPath(r.GetValue(output) ?? "."));
            if (!Directory.Exists(folder)) throw new FileNotFoundException($"no such folder: {folder}");
            return services.RunAsync(sp => WriteAsync(sp, r.GetValue(plan), r.GetValue(output), r.InvocationConfiguration.Output, ct));
        });
        return new Command("export", "Write what the office files.") { ledger };
    }

    private static async Task<int> WriteAsync(IServiceProvider services, string? which, string? path, TextWriter output, CancellationToken ct)
    {
        var plans = await services.GetRequiredService<TaskQueries>().PlansAsync(ct);
        var plan = Choose(plans, which);
        var ledger = await LedgerAsync(services, plan, ct);
        path ??= $"台账-{plan.Year}.xlsx";
        // Written whole in memory first: a failure leaves no half-written file.
        using var buffer = new MemoryStream();
        LedgerWorkbook.Write(ledger, buffer);
        await File.WriteAllBytesAsync(path, buffer.ToArray(), ct);
        await output.WriteLineAsync($"{plan.Title} ({plan.Year}): {plan.Tasks.Count} tasks, {ledger.Reports.Count} reports → {path}");
        return 0;
    }

    private static Plan Choose(IReadOnlyList<Plan> plans, string? which)
    {
        if (plans.Count == 0) throw new CommandLineException("no plan has been imported");
        if (which is null) return plans[0];
        return plans.FirstOrDefault(p => p.Title == which || p.Year.ToString() == which)
            ?? plans.FirstOrDefault(p => p.Title.Contains(which, StringComparison.Ordinal))
            ?? throw new CommandLineException($"no plan is titled \"{which}\" or of that year; plans: {string.Join("、", plans.Select(p => $"{p.Title} ({p.Year})"))}");
    }

    /// <summary>The tasks as supervision assesses them today (the same rules as 通报 and 滞后), and every kept report.</summary>
    private static async Task<Ledger> LedgerAsync(IServiceProvider services, Plan plan, CancellationToken ct)
    {
        var supervision = services.GetRequiredService<TaskSupervision>();
        var reports = services.GetRequiredService<IReportStore>();
        var progress = await supervision.ProgressAsync(plan, ct);
        var history = new List<Domain.Reports.ProgressReport>();
        foreach (var task in plan.Tasks) history.AddRange(await reports.HistoryAsync(task.Id, int.MaxValue, ct));
        var units = plan.Tasks.SelectMany(t => t.Units).Select(u => u.Unit).DistinctBy(u => u.Id).ToDictionary(u => u.Id, u => u.Name);
        var reader = services.GetRequiredService<IPlanReader>();
        foreach (var id in history.Select(r => r.UnitId).Distinct().Where(id => !units.ContainsKey(id)).ToList())
            units[id] = (await reader.UnitAsync(id, ct))?.Name ?? $"#{id}";
        var zone = services.GetRequiredService<LocalClock>().Zone;
        var words = services.GetRequiredService<BotText>().For("zh-CN");
        return new Ledger(plan, supervision.Today, [.. plan.Tasks.Select(t => supervision.Assess(progress, t))], history, units, zone)
        {
            PeriodLabel = key => PeriodText.Label(words, key, supervision.Today.Year),
        };
    }
}
