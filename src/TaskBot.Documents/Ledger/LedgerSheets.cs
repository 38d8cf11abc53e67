using TaskBot.Domain.Behind;
using TaskBot.Domain.Reports;

namespace TaskBot.Documents.Ledger;

/// <summary>The ledger's sheets: the 台账 itself, one sheet per period with each unit's report, and one by unit.</summary>
internal static class LedgerSheets
{
    public static IEnumerable<LedgerSheet> Of(Ledger ledger)
    {
        yield return Tasks(ledger);
        foreach (var period in ledger.Reports.GroupBy(r => r.PeriodKey).OrderBy(g => g.Min(r => r.PeriodStart)))
            yield return Period(ledger, ledger.PeriodLabel(period.Key), period);
        yield return ByUnit(ledger);
    }

    private static LedgerSheet Tasks(Ledger ledger)
    {
        var rows = ledger.Assessments.OrderBy(a => a.Task.Number).Select(a => (IReadOnlyList<LedgerCell>)[
            new(a.Task.Number, LedgerStyle.Number),
            a.Task.Text,
            string.Join("、", a.Task.LeadLeaders.Select(l => l.Name)),
            string.Join("、", a.Task.LeadUnits.Select(u => u.Name)),
            string.Join("、", a.Task.ResponsibleUnits.Select(u => u.Name)),
            a.Task.Deadline is { } d ? new LedgerCell(d, LedgerStyle.Date) : "",
            a.Latest is { } r ? Status(r.Status) : "未报送",
            Light(a.Light),
            new(a.Latest?.Completion, LedgerStyle.Number),
            new(a.Expected, LedgerStyle.Number),
            a.Latest?.Progress,
            a.Latest?.Problems,
            a.Latest?.NextSteps,
            a.Latest?.Coordination,
            a.Latest is { } last ? new LedgerCell(ledger.DateOf(last), LedgerStyle.Date) : "",
        ]).ToList();
        return new("台账", [("序号", 6), ("任务内容", 48), ("牵头领导", 12), ("牵头单位", 18), ("责任单位", 22), ("完成时限", 12),
            ("状态", 10), ("红黄绿", 8), ("完成比例(%)", 10), ("序时进度(%)", 10), ("进展情况", 40), ("存在问题", 28),
            ("下步计划", 28), ("需协调事项", 24), ("最近报送", 12)], rows);
    }

    private static LedgerSheet Period(Ledger ledger, string key, IEnumerable<ProgressReport> reports)
    {
        var numbers = ledger.Assessments.ToDictionary(a => a.Task.Id, a => a.Task.Number);
        var rows = reports.OrderBy(r => numbers.GetValueOrDefault(r.TaskItemId)).ThenBy(r => ledger.Units.GetValueOrDefault(r.UnitId), StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<LedgerCell>)[
                new(numbers.GetValueOrDefault(r.TaskItemId), LedgerStyle.Number),
                ledger.Units.GetValueOrDefault(r.UnitId, ""),
                Status(r.Status),
                new(r.Completion, LedgerStyle.Number),
                r.CurrentValue,
                r.Progress, r.Problems, r.NextSteps, r.Coordination,
                r.ReportedBy,
                new(ledger.DateOf(r), LedgerStyle.Date),
            ]).ToList();
        return new(key, [("序号", 6), ("报送单位", 18), ("状态", 10), ("完成比例(%)", 10), ("目标完成量", 12), ("进展情况", 40),
            ("存在问题", 28), ("下步计划", 28), ("需协调事项", 24), ("报送人", 12), ("报送日期", 12)], rows);
    }

    /// <summary>
    /// Each lead unit: the tasks it leads, the share of (task, period) pairs over the periods in the ledger that it
    /// reported on, and its tasks supervision counts as behind.
    /// </summary>
    private static LedgerSheet ByUnit(Ledger ledger)
    {
        var periods = ledger.Reports.Select(r => r.PeriodKey).Distinct().Count();
        var rows = ledger.Assessments
            .SelectMany(a => a.Task.LeadUnits.Where(u => !u.IsCollective).Select(u => (Unit: u, Assessment: a)))
            .GroupBy(x => x.Unit.Id)
            .Select(g =>
            {
                var led = g.Select(x => x.Assessment).ToList();
                var reported = ledger.Reports.Where(r => r.UnitId == g.Key && led.Any(a => a.Task.Id == r.TaskItemId))
                    .Select(r => (r.TaskItemId, r.PeriodKey)).Distinct().Count();
                var behind = led.Where(a => a.IsBehind).Select(a => a.Task.Number).Order().ToList();
                decimal? rate = periods == 0 ? null : Math.Round(100m * reported / (led.Count * periods), 1);
                return (IReadOnlyList<LedgerCell>)[g.First().Unit.Name, new(led.Count, LedgerStyle.Number), new(rate, LedgerStyle.Number),
                    new(behind.Count, LedgerStyle.Number), string.Join("、", behind.Select(n => $"#{n}"))];
            })
            .OrderBy(r => (string)r[0].Value!, StringComparer.Ordinal).ToList();
        return new("按单位", [("单位", 22), ("牵头任务", 10), ("按时报送率(%)", 14), ("滞后任务", 10), ("滞后任务序号", 30)], rows);
    }

    private static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Done => "已完成",
        ReportStatus.OnSchedule => "正常推进",
        ReportStatus.Behind => "滞后",
        _ => "未启动",
    };

    private static LedgerCell Light(Light light) => light switch
    {
        Domain.Behind.Light.Red => new("红", LedgerStyle.Red),
        Domain.Behind.Light.Yellow => new("黄", LedgerStyle.Yellow),
        _ => new("绿", LedgerStyle.Green),
    };
}
