using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Behind;
using TaskBot.Domain.People;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>通报 / bulletin (the office): counts by status and colour, the tasks behind with reasons, the units that did not report.</summary>
public sealed class BulletinDialog(TaskSupervision supervision) : Dialog, IRoutedDialog
{
    public override string Id => "bulletin";
    public string Trigger => "bulletin.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (dc.Viewer!.Member.Role != MemberRole.Office || await supervision.ProgressAsync(cancellationToken) is not { } progress)
            return await dc.SayAndEndAsync("office.only", cancellationToken);
        var t = dc.Text;
        var tasks = progress.Plan.Tasks;
        var assessments = tasks.Select(task => supervision.Assess(progress, task)).ToList();
        var text = new StringBuilder(t.Say("bulletin.header", ("title", progress.Plan.Title), ("year", progress.Plan.Year),
            ("period", supervision.CurrentPeriod.Key), ("today", TaskText.Date(t, supervision.Today)), ("count", tasks.Count)));
        text.Append("\n\n").Append(t.Say("bulletin.byStatus", [.. Enum.GetValues<ReportStatus>().Select(s =>
            (s.ToString(), (object?)assessments.Count(a => a.Latest?.Status == s))), ("Unreported", assessments.Count(a => a.Latest is null))]));
        text.Append('\n').Append(t.Say("bulletin.byLight", [.. Enum.GetValues<Light>().Select(l => (l.ToString(), (object?)assessments.Count(a => a.Light == l)))]));
        var behind = TaskAssessment.WorstFirst(assessments.Where(a => a.IsBehind)).Take(10).ToList();
        if (behind.Count > 0) text.Append("\n\n").Append(t.Say("bulletin.behindHeader")).Append('\n').AppendJoin("\n", behind.Select(a => TaskText.AssessmentLine(t, a)));
        var unreported = supervision.Unreported(progress);
        if (unreported.Count > 0) text.Append("\n\n").Append(t.Say("bulletin.unreported", ("units", TaskText.List(t, unreported.Select(u => u.Unit.Name)))));
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text.ToString()), cancellationToken);
    }
}
