using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>第11项 / task 11: the task in full, who answers for it, its deadline and milestones, and its reports.</summary>
public sealed class TaskDetailDialog(TaskSupervision supervision, IPlanReader plans) : Dialog, IRoutedDialog
{
    public const string Name = "taskDetail";
    public override string Id => Name;
    public string Trigger => "taskDetail.start";
    public string? Command => "taskDetail.command";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var number = TaskNumber.From(options)!;
        var progress = await supervision.ProgressAsync(cancellationToken);
        var task = number.In(progress?.Plan);
        if (task is null || !dc.Viewer!.Sees(task))
            return await dc.SayAndEndAsync("tasks.noSuchTask", cancellationToken, ("number", number.Said));
        var t = dc.Text;
        var text = new StringBuilder(t.Say("taskDetail.body",
            ("number", task.Number), ("text", Markdown.Literal(task.Text)),
            ("leaders", TaskText.List(t, task.LeadLeaders.Select(l => l.Name))),
            ("leadUnits", TaskText.List(t, task.LeadUnits.Select(u => u.Name))),
            ("responsibleUnits", TaskText.List(t, task.ResponsibleUnits.Select(u => u.Name))),
            ("deadline", TaskText.Deadline(t, task))));
        if (supervision.Assess(progress!, task) is { Collectives.Count: > 0 } a)
            text.Append('\n').Append(t.Say("taskDetail.collectives", ("tallies", TaskText.Standing(t, a))));
        foreach (var m in task.Milestones) text.Append('\n').Append(t.Say("taskDetail.milestone", ("date", TaskText.Date(t, m.Date)), ("text", Markdown.Literal(m.Text))));
        var history = await supervision.HistoryAsync(task, 5, cancellationToken);
        text.Append("\n\n").Append(t.Say(history.Count == 0 ? "taskDetail.noReports" : "taskDetail.reportsHeader"));
        foreach (var r in history)
            text.Append('\n').Append(t.Say("taskDetail.report", ("period", r.PeriodKey), ("unit", Markdown.Literal((await plans.UnitAsync(r.UnitId, cancellationToken))?.Name)),
                ("status", TaskText.Status(t, r.Status)), ("completion", TaskText.Completion(r)), ("progress", Markdown.Literal(r.Progress))));
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text.ToString()), cancellationToken);
    }
}
