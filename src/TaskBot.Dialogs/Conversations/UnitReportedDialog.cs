using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 农牧局报了吗 / has 农牧局 reported (the office, leaders; a unit about itself): this period, which of the tasks the
/// unit owes are reported, when and how, and which are not.
/// </summary>
public sealed class UnitReportedDialog(TaskSupervision supervision, Lookups lookups, LocalClock clock) : Dialog, IRoutedDialog
{
    public override string Id => "unitReported";
    public string Trigger => "unitReported.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (await UnitAnswer.AskedAboutAsync(dc, supervision, lookups, options, "unitReported.ask", cancellationToken) is not { } asked)
            return await dc.EndDialogAsync(null, cancellationToken);
        var (progress, unit) = asked;
        var t = dc.Text;
        var name = Markdown.Literal(unit.Name);
        if (unit.IsCollective) return await dc.SayAndEndAsync("unitReported.collective", cancellationToken, ("unit", name));
        var period = PeriodText.Label(t, supervision.CurrentPeriodOf(progress.Plan));
        var owed = lookups.ThisPeriod(progress, unit);
        if (owed.Count == 0) return await dc.SayAndEndAsync("unitReported.nothingOwed", cancellationToken, ("unit", name), ("period", period));
        var missing = owed.Where(o => o.Report is null).ToList();
        var text = t.Say(missing.Count == 0 ? "unitReported.allReported" : "unitReported.header", ("unit", name), ("period", period),
            ("owed", owed.Count), ("reported", owed.Count - missing.Count), ("missing", missing.Count));
        var lines = missing.Concat(owed.Where(o => o.Report is not null)).ToList();
        text += "\n\n" + TaskText.Lines(t, lines, o => Line(t, o.Task, o.Report, unit), moreKey: "units.more");
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text), cancellationToken);
    }

    private string Line(LocaleText t, TaskItem task, ProgressReport? report, Domain.Units.Unit unit) => report is null
        ? t.Say("unitReported.missingLine", ("number", task.Number), ("title", TaskText.Title(task)))
        : t.Say(report.UnitId == unit.Id ? "unitReported.reportedLine" : "unitReported.reportedByLeadLine", ("number", task.Number),
            ("title", TaskText.Title(task)), ("at", TaskText.Moment(clock.Local(report.ReportedAt))),
            ("status", TaskText.StatusAndCompletion(t, report)), ("by", Markdown.Literal(report.ReportedBy)),
            ("lead", Markdown.Literal(task.AnsweringUnits.FirstOrDefault(u => u.Id == report.UnitId)?.Name)));
}
