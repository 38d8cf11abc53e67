using Microsoft.Extensions.Options;
using TaskBot.Data;
using TaskBot.Data.Documents;
using TaskBot.Documents;
using TaskBot.Documents.Bulletins;
using TaskBot.Documents.Charts;
using TaskBot.Documents.Ledger;
using TaskBot.Documents.Reports;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Hosting;

/// <summary>
/// What the office files, made from what supervision knows today: the 台账 workbook, the numbered 通报 and the
/// 落实情况报告 draft. The command line and the chat's download links both come here.
/// </summary>
public sealed class OfficeDocuments(
    TaskQueries queries, TaskSupervision supervision, IReportStore reports, IPlanReader reader, LocalClock clock,
    BulletinNumbers numbers, ISupervisionCharts charts, BotText words, IOptions<DocumentOptions> options, Domain.Loop.IExtensionStore extensions,
    Domain.Loop.CoordinationDesk coordination, Domain.Loop.ICoordinationStore requests, PeriodCalendar periods)
{
    public sealed record OfficeFile(Plan Plan, string FileName, byte[] Content, string Summary);

    private LocaleText Office => words.For(words.DefaultLocale);

    public async Task<OfficeFile> LedgerAsync(string? plan, CancellationToken ct)
    {
        var ledger = await LedgerDataAsync(await ChooseAsync(plan, ct), ct);
        using var buffer = new MemoryStream();
        LedgerWorkbook.Write(ledger, buffer);
        return new(ledger.Plan, $"台账-{ledger.Plan.Year}.xlsx", buffer.ToArray(), $"{ledger.Assessments.Count} tasks, {ledger.Reports.Count} reports");
    }

    /// <summary>The 通报 of a period (the current one by default), numbered: the period keeps its number, a new one takes the next.</summary>
    public async Task<OfficeFile> BulletinAsync(string? periodKey, int? number, CancellationToken ct)
    {
        var plan = await ChooseAsync(null, ct);
        var ledger = await LedgerDataAsync(plan, ct);
        var period = periodKey ?? supervision.CurrentPeriod.Key;
        // A past period's 通报 judges the tasks as they stood at its end, on its own reports (late ones too) and those
        // written by its end (not a monthly task's report written later in the month), with the completions sent back
        // since. A period not over (this month's key while the office counts weeks) is judged today: its end is still to come.
        var past = period == supervision.CurrentPeriod.Key || Period.FromKey(period) is not { } named || named.End >= supervision.Today
            ? null : named;
        var judge = past is null ? supervision : supervision.AsOf(past.End);
        IReadOnlyList<ProgressReport> kept = past is null ? ledger.Reports
            : [.. ledger.Reports.UnionBy(await judge.SentBackSinceAsync(ct), r => r.Id)];
        if (period != supervision.CurrentPeriod.Key && kept.All(r => r.PeriodKey != period))
            throw new OfficeDocumentException(
                $"no reports for period {period}; periods with reports: {string.Join(", ", kept.Select(r => r.PeriodKey).Distinct().Order())}");
        var progress = past is null ? await ProgressAsync(plan, ct)
            : await judge.ProgressOnAsync(await ListsOfAsync(plan, ct), kept.Where(r => r.PeriodKey == period
                || r.PeriodStart <= past.Start && DateOnly.FromDateTime(clock.Local(r.ReportedAt).DateTime) <= past.End), ct);
        var open = await coordination.OpenAllAsync(ct);
        var bulletin = judge.Bulletin(progress) with { Coordination = [.. open.Where(o => o.Task.PlanId == plan.Id)] };
        var issued = await numbers.NumberAsync(plan.Id, period, number, ct);
        Chart[] drawn = [LightsChart(bulletin), charts.CompletionVsSchedule(Office, Office.Say("charts.completion"), bulletin.Assessments)];
        var issue = new BulletinIssue(bulletin, issued, period, clock.Today, [.. kept.Where(r => r.PeriodKey == period)], ledger.Units, drawn);
        var bytes = BulletinDocument.Write(issue, options.Value, Office);
        return new(plan, $"通报-第{issued}期-{period}.docx", bytes,
            $"第{issued}期, {bulletin.Behind.Count} behind, {bulletin.Unreported.Count} units unreported");
    }

    /// <summary>The chart of tasks by light per lead leader, as the 通报 shows it.</summary>
    public async Task<OfficeFile> LightsChartAsync(CancellationToken ct)
    {
        var plan = await ChooseAsync(null, ct);
        var chart = LightsChart(supervision.Bulletin(await ProgressAsync(plan, ct)));
        return new(plan, "lights.png", chart.Png, "");
    }

    public async Task<OfficeFile> ImplementationReportAsync(string? plan, CancellationToken ct)
    {
        var ledger = await LedgerDataAsync(await ChooseAsync(plan, ct), ct);
        var bytes = ImplementationReport.Write(ledger, options.Value, Office);
        return new(ledger.Plan, $"落实情况报告-{ledger.Plan.Year}.docx", bytes, $"{ledger.Plan.Tasks.Count} tasks");
    }

    private Chart LightsChart(Bulletin bulletin) => charts.LightsBy(Office, Office.Say("bulletin.chart"),
        bulletin.Assessments.SelectMany(a => a.Task.LeadLeaders.Select(l => (l.Name, a))).GroupBy(x => x.Name)
            .Select(g => (g.Key, (IReadOnlyList<Domain.Behind.TaskAssessment>)[.. g.Select(x => x.a)])));

    private async Task<Plan> ChooseAsync(string? which, CancellationToken ct)
    {
        var plans = await queries.PlansAsync(ct);
        if (plans.Count == 0) throw new OfficeDocumentException("no plan has been imported");
        if (which is null) return plans.FirstOrDefault(p => p.Kind == ListKind.Plan && !p.Archived) ?? plans[0];
        return plans.FirstOrDefault(p => p.Title == which || p.ListName == which || p.Year.ToString() == which)
            ?? plans.FirstOrDefault(p => p.Title.Contains(which, StringComparison.Ordinal))
            ?? throw new OfficeDocumentException($"no plan is titled \"{which}\" or of that year; "
                + $"plans: {string.Join("、", plans.Select(p => $"{p.Title} ({p.Year})"))}");
    }

    /// <summary>The current plan comes with the lists open beside it (领导批示…): the office files them together.</summary>
    private async Task<TaskProgress> ProgressAsync(Plan plan, CancellationToken ct) =>
        await supervision.ProgressAsync(await ListsOfAsync(plan, ct), ct);

    private async Task<IReadOnlyList<Plan>> ListsOfAsync(Plan plan, CancellationToken ct) =>
        await supervision.ListsAsync(ct) is [var current, ..] lists && current.Id == plan.Id ? lists : [plan];

    /// <summary>The tasks as supervision assesses them today (the same rules as 通报 and 滞后), and every kept report.</summary>
    private async Task<Ledger> LedgerDataAsync(Plan plan, CancellationToken ct)
    {
        var progress = await ProgressAsync(plan, ct);
        var history = new List<ProgressReport>();
        var extended = new List<Domain.Loop.ExtensionRequest>();
        foreach (var task in progress.Tasks)
        {
            history.AddRange(await reports.HistoryAsync(task.Id, int.MaxValue, ct));
            extended.AddRange(await extensions.ForTaskAsync(task.Id, ct));
        }
        var units = progress.Tasks.SelectMany(t => t.Units).Select(u => u.Unit).DistinctBy(u => u.Id).ToDictionary(u => u.Id);
        foreach (var id in history.Select(r => r.UnitId).Distinct().Where(id => !units.ContainsKey(id)).ToList())
            if (await reader.UnitAsync(id, ct) is { } unit) units[id] = unit;
        var names = history.Select(r => r.UnitId).Concat(units.Keys).Distinct()
            .ToDictionary(id => id, id => units.TryGetValue(id, out var u) ? u.Name : $"#{id}");
        var tasks = progress.Tasks.ToDictionary(t => t.Id);
        var supporting = history
            .Where(r => tasks.TryGetValue(r.TaskItemId, out var t) && units.TryGetValue(r.UnitId, out var u) && !progress.IsLedBy(t, u))
            .Select(r => r.Id).ToHashSet();
        var office = Office;
        var assessed = progress.Tasks.Select(t => supervision.Assess(progress, t)).ToList();
        var alone = (await requests.RaisedAloneAsync(tasks.Keys, ct))
            .Select(i => new RaisedRequest(i, periods.Containing(DateOnly.FromDateTime(clock.Local(i.RaisedAt).DateTime),
                progress.PlanOf(tasks[i.TaskItemId]), tasks[i.TaskItemId])))
            .ToList();
        return new Ledger(plan, supervision.Today, assessed, history, names, clock.Zone, office)
        {
            Extensions = extended,
            SupportingReports = supporting,
            RaisedAlone = alone,
            PeriodLabel = key => PeriodText.Label(office, key, supervision.Today.Year),
        };
    }
}

