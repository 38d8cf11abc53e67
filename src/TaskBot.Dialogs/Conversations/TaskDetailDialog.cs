using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>第11项 / task 11: the task in full, who answers for it, its deadline and milestones, and its reports.</summary>
public sealed class TaskDetailDialog(TaskSupervision supervision, IPlanReader plans, Domain.Loop.CompletionDesk completions,
    Domain.Loop.ExtensionDesk extensions, Evidence.EvidenceList evidence) : Dialog, IRoutedDialog
{
    public const string Name = "taskDetail";
    public override string Id => Name;
    public string Trigger => "taskDetail.start";
    public string? Command => "taskDetail.command";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var number = TaskNumber.From(options)!;
        var progress = await supervision.ProgressAsync(cancellationToken);
        if (number.Candidates(progress, dc.Text, dc.Viewer!.Sees) is { Count: > 1 } candidates)
            return await TaskNumber.AskWhichAsync(dc, progress!, candidates, "taskDetail.listButton", cancellationToken);
        var task = number.In(progress, dc.Text, dc.Viewer!.Sees);
        if (task is null || !dc.Viewer!.Sees(task))
            return await dc.SayAndEndAsync("tasks.noSuchTask", cancellationToken, ("number", number.Said));
        var t = dc.Text;
        var text = new StringBuilder(TaskText.ListTag(task)).Append(t.Say("taskDetail.body",
            ("number", task.Number), ("text", Markdown.Literal(task.Text)),
            ("leaders", TaskText.List(t, task.LeadLeaders.Select(l => l.Name))),
            ("leadUnits", TaskText.List(t, task.LeadUnits.Select(u => u.Name))),
            ("responsibleUnits", TaskText.List(t, task.ResponsibleUnits.Select(u => u.Name))),
            ("deadline", TaskText.Deadline(t, task))));
        if (task.Chapter is { Length: > 0 } chapter) text.Append('\n').Append(t.Say("taskDetail.chapter", ("chapter", Markdown.Literal(chapter))));
        if (task.OwnedByOffice) text.Append('\n').Append(t.Say("taskDetail.ownedByOffice"));
        if (supervision.Assess(progress!, task) is { Collectives.Count: > 0 } a)
            text.Append('\n').Append(t.Say("taskDetail.collectives", ("tallies", TaskText.Standing(t, a))));
        foreach (var m in task.Milestones)
            text.Append('\n').Append(t.Say("taskDetail.milestone", ("date", TaskText.Date(t, m.Date)), ("text", Markdown.Literal(m.Text))));
        foreach (var e in await extensions.HistoryAsync(task, cancellationToken))
            text.Append('\n').Append(t.Say("extension.historyLine",
                ("old", TaskText.Date(t, e.PreviousDeadline)), ("new", TaskText.Date(t, e.NewDeadline)), ("by", Markdown.Literal(e.DecidedBy)),
                ("date", TaskText.Date(t, completions.LocalDate(e.DecidedAt!.Value))), ("reason", Markdown.Literal(e.Reason))));
        if (await completions.LatestAsync(task, cancellationToken) is { } review)
            text.Append('\n')
                .Append(CompletionText.State(t, review, (await plans.UnitAsync(review.UnitId, cancellationToken))?.Name, completions.LocalDate));
        var history = await supervision.HistoryAsync(task, 5, cancellationToken);
        text.Append("\n\n").Append(t.Say(history.Count == 0 ? "taskDetail.noReports" : "taskDetail.reportsHeader"));
        foreach (var r in history)
        {
            var unit = await plans.UnitAsync(r.UnitId, cancellationToken);
            var name = Markdown.Literal(unit?.Name) + (unit is not null && !progress!.IsLedBy(task, unit) ? t.Say("taskDetail.supportingMark") : "");
            text.Append('\n').Append(t.Say("taskDetail.report", ("period", PeriodText.Label(t, r.PeriodKey)), ("unit", name),
                ("status", TaskText.StatusAndCompletion(t, r)), ("progress", Markdown.Literal(r.Progress))));
        }
        if (await evidence.ListAsync(dc, task, cancellationToken) is { Length: > 0 } files) text.Append("\n\n").Append(files);
        var message = BotFramework.Schema.Activity.CreateMessage(text.ToString());
        // The lead unit asks its supporting units from here (征求配合意见).
        if (dc.Viewer.MayReport && dc.Viewer.LeadsTask(task) && progress!.SupportingUnits(task).Count > 0)
        {
            message.Text += "\n\n" + t.Say("taskDetail.askSupportHint", ("number", task.Number), ("count", progress.SupportingUnits(task).Count));
            message.SuggestedActions =
                new() { Actions = [BotFramework.Schema.CardAction.ImBack(t.Say("taskDetail.askSupportButton", ("number", task.Number)))] };
        }
        return await dc.SendAndEndAsync(message, cancellationToken);
    }
}
