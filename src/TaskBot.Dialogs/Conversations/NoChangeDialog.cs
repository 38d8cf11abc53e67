using TaskBot.Words;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>无变化 / no change: the unit's last report carried into this period, for one task or for all it owes reports on.</summary>
public sealed class NoChangeDialog(TaskSupervision supervision) : Dialog, IRoutedDialog
{
    public override string Id => "noChange";
    public string Trigger => "noChange.start";

    // 无变化 is also an answer to the report's questions.
    public string? Command => null;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var viewer = dc.Viewer!;
        var progress = await supervision.ProgressAsync(cancellationToken);
        var number = TaskNumber.From(options);
        if (number?.Candidates(progress, dc.Text, viewer.MayReportOn) is { Count: > 1 } candidates)
            return await TaskNumber.AskWhichAsync(dc, progress!, candidates, "noChange.listButton", cancellationToken);
        var tasks = progress is null ? [] : number is not null
            ? number.In(progress, dc.Text, viewer.MayReportOn) is { } t && viewer.MayReportOn(t) ? [t] : []
            : viewer.MayReport ? supervision.Owed(progress, viewer.Unit!).ToList() : [];
        if (tasks.Count == 0)
            return await dc.SayAndEndAsync(number is null ? "noChange.noTasks" : "tasks.noSuchTask", cancellationToken, ("number", number?.Said));
        var carried = new List<TaskItem>();
        var nothingToRepeat = new List<TaskItem>();
        foreach (var task in tasks)
        {
            if (await supervision.CarryForwardAsync(viewer, progress!, task, cancellationToken) is not null) carried.Add(task);
            // A task another lead unit reported this period is answered: not one this unit must report first.
            else if (progress!.LatestBy(task, viewer.Unit!.Id) is null && !supervision.AnsweredNow(progress, task, viewer.Unit))
                nothingToRepeat.Add(task);
        }
        List<TaskItem> already = [.. tasks.Except(carried).Except(nothingToRepeat)];
        var period = PeriodText.Label(dc.Text, supervision.CurrentPeriodOf(progress!.Plan));
        List<string> lines = [];
        if (carried.Count > 0)
            lines.Add(dc.Text.Say("noChange.done", ("count", carried.Count), ("numbers", Numbers(dc, carried)), ("period", period)));
        // With nothing carried, "另有 N 项" and "报送 0 项" would speak of tasks the unit did not name.
        if (already.Count > 0)
            lines.Add(carried.Count > 0 ? dc.Text.Say("noChange.already", ("count", already.Count))
                : dc.Text.Say("noChange.alreadyReported", ("numbers", Numbers(dc, already)), ("period", period)));
        if (nothingToRepeat.Count > 0) lines.Add(dc.Text.Say("noChange.needReport", ("numbers", Numbers(dc, nothingToRepeat))));
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(string.Join("\n", lines)), cancellationToken);
    }

    private static string Numbers(DialogContext dc, IReadOnlyCollection<TaskItem> tasks) => TaskText.Numbers(dc.Text, tasks);
}
