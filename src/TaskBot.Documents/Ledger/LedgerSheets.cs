using TaskBot.Domain.Behind;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Documents.Ledger;

/// <summary>The ledger's sheets: the 台账 itself, one sheet per period with each unit's report, and one by unit.</summary>
internal static class LedgerSheets
{
    public static IEnumerable<LedgerSheet> Of(Ledger ledger)
    {
        yield return Tasks(ledger);
        var periods = ledger.Reports.Select(r => (Key: r.PeriodKey, Start: r.PeriodStart))
            .Concat(ledger.RaisedAlone.Select(r => (r.Period.Key, r.Period.Start)));
        foreach (var period in periods.GroupBy(p => p.Key).OrderBy(g => g.Min(p => p.Start)))
            yield return Period(ledger, period.Key);
        yield return ByUnit(ledger);
    }

    private static LedgerSheet Tasks(Ledger ledger)
    {
        var w = ledger.Words;
        // The chapter column only when the plan has chapters (一、… over its tasks).
        var chapters = ledger.Assessments.Any(a => a.Task.Chapter is not null);
        // The lists open beside the plan follow it, each task's text naming its list (［领导批示］).
        var rows = ledger.Assessments.OrderBy(a => a.Task.PlanId != ledger.Plan.Id).ThenBy(a => a.Task.PlanId).ThenBy(a => a.Task.Number)
            .Select(a => (IReadOnlyList<LedgerCell>)[
            new(a.Task.Number, LedgerStyle.Number),
            .. chapters ? new LedgerCell[] { a.Task.Chapter ?? "" } : [],
            TaskText.ListLabel(a.Task) + a.Task.Text,
            string.Join("、", a.Task.LeadLeaders.Select(l => l.Name)),
            string.Join("、", a.Task.LeadUnits.Select(u => u.Name)),
            string.Join("、", a.Task.ResponsibleUnits.Select(u => u.Name)),
            Deadline(ledger, a.Task),
            a.Latest is null ? w.Say("ledger.unreported") : TaskText.Status(w, a),
            Light(w, a),
            new(a.Latest?.Completion, LedgerStyle.Number),
            new(a.Expected, LedgerStyle.Number),
            a.Latest?.Progress,
            TaskText.Written(w, a.Latest?.Problems),
            a.Latest?.NextSteps,
            Coordination(ledger, a),
            a.Latest is { } last ? new LedgerCell(ledger.DateOf(last), LedgerStyle.Date) : "",
        ]).ToList();
        return new(w.Say("ledger.sheet"), Columns(w, [("number", 6), .. chapters ? new[] { ("chapter", 16d) } : [], ("text", 48), ("leaders", 12),
            ("leadUnits", 18), ("responsibleUnits", 22), ("deadline", 12), ("status", 10), ("light", 8), ("completion", 10), ("expected", 10),
            ("progress", 40), ("problems", 28), ("nextSteps", 28), ("coordination", 24), ("lastReport", 12)]), rows);
    }

    /// <summary>
    /// The deadline as a date; with 延期 history, the current deadline, the original one and each approved change
    /// (when, to what, who approved), one a line.
    /// </summary>
    private static LedgerCell Deadline(Ledger ledger, Domain.Plans.TaskItem task)
    {
        var changes = DeadlineChanges.Of(ledger.Extensions.Where(e => e.TaskItemId == task.Id));
        if (changes.Count == 0) return task.Deadline is { } d ? new LedgerCell(d, LedgerStyle.Date) : "";
        var w = ledger.Words;
        return string.Join("\n",
            [TaskText.Date(w, task.Deadline), w.Say("ledger.deadlineOriginal", ("date", TaskText.Date(w, changes[0].PreviousDeadline))),
            .. changes.Select(e => w.Say("ledger.deadlineChange", ("date", TaskText.Date(w, ledger.DateOf(e.DecidedAt!.Value))),
                ("new", TaskText.Date(w, e.NewDeadline)), ("by", e.DecidedBy)))]);
    }

    private static (string, double)[] Columns(LocaleText w, params (string Key, double Width)[] columns) =>
        [.. columns.Select(c => (w.Say("ledger." + c.Key), c.Width))];

    /// <summary>The latest report's 需协调事项 and those sent on their own since.</summary>
    private static LedgerCell Coordination(Ledger ledger, TaskAssessment a)
    {
        var w = ledger.Words;
        var since = ledger.RaisedAlone.Where(r => r.Item.TaskItemId == a.Task.Id && (a.Latest is null || r.Item.RaisedAt > a.Latest.ReportedAt))
            .Select(r => r.Item.Text).ToList();
        if (since.Count == 0) return TaskText.Written(w, a.Latest?.Coordination);
        var reported = a.Latest?.Coordination is { Length: > 0 } said && !TaskText.SaysNothing(w, said) ? [said] : Array.Empty<string>();
        return string.Join("\n", [.. reported, .. since]);
    }

    private static LedgerSheet Period(Ledger ledger, string key)
    {
        var w = ledger.Words;
        var tasks = ledger.Assessments.ToDictionary(a => a.Task.Id, a => a.Task);
        var reports = ledger.Reports.Where(r => r.PeriodKey == key).Select(r => (Task: r.TaskItemId, Unit: r.UnitId,
            Cells: (IReadOnlyList<LedgerCell>)[
            Number(tasks.GetValueOrDefault(r.TaskItemId)),
            ledger.Units.GetValueOrDefault(r.UnitId, "") + (ledger.SupportingReports.Contains(r.Id) ? w.Say("ledger.supportingMark") : ""),
            TaskText.Status(w, r.Status),
            new(r.Completion, LedgerStyle.Number),
            r.CurrentValue,
            r.Progress, TaskText.Written(w, r.Problems), r.NextSteps, TaskText.Written(w, r.Coordination),
            r.ReportedBy,
            new(ledger.DateOf(r), LedgerStyle.Date),
        ]));
        var alone = ledger.RaisedAlone.Where(r => r.Period.Key == key).Select(r => (Task: r.Item.TaskItemId, Unit: r.Item.UnitId,
            Cells: (IReadOnlyList<LedgerCell>)[Number(tasks.GetValueOrDefault(r.Item.TaskItemId)), ledger.Units.GetValueOrDefault(r.Item.UnitId, ""),
                w.Say("ledger.raisedAlone"), "", "", "", "", "", r.Item.Text, r.Item.RaisedBy,
                new(ledger.DateOf(r.Item.RaisedAt), LedgerStyle.Date)]));
        var rows = reports.Concat(alone).OrderBy(r => tasks.GetValueOrDefault(r.Task)?.PlanId != ledger.Plan.Id)
            .ThenBy(r => tasks.GetValueOrDefault(r.Task)?.PlanId)
            .ThenBy(r => tasks.GetValueOrDefault(r.Task)?.Number).ThenBy(r => ledger.Units.GetValueOrDefault(r.Unit), StringComparer.Ordinal)
            .Select(r => r.Cells).ToList();
        return new(ledger.PeriodLabel(key), Columns(w, ("number", 6), ("reportingUnit", 18), ("status", 10), ("completion", 10),
            ("currentValue", 12), ("progress", 40), ("problems", 28), ("nextSteps", 28), ("coordination", 24), ("reportedBy", 12),
            ("reportedOn", 12)), rows);
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
        return new(ledger.Words.Say("ledger.unitSheet"), Columns(ledger.Words, ("unit", 22), ("led", 10), ("onTimeRate", 14), ("behind", 10),
            ("behindNumbers", 30)), rows);
    }

    // A list's item has no text column here to name its list: its number does (［领导批示］3), as the task's text does on the 台账.
    private static LedgerCell Number(Domain.Plans.TaskItem? task) =>
        task is null ? "" : TaskText.ListLabel(task) is { Length: > 0 } list ? list + task.Number : new LedgerCell(task.Number, LedgerStyle.Number);

    private static LedgerCell Light(LocaleText w, TaskAssessment a) => new(w.Say($"ledger.light{TaskText.MarkKey(a)}"), a switch
    {
        { AwaitingReview: true } => LedgerStyle.Text,
        { Light: Domain.Behind.Light.Red } => LedgerStyle.Red,
        { Light: Domain.Behind.Light.Yellow } => LedgerStyle.Yellow,
        _ => LedgerStyle.Green,
    });
}
