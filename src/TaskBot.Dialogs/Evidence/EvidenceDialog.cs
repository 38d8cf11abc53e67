using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Dialogs.Conversations;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Evidence;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Evidence;

/// <summary>
/// A photo or file sent outside a report: a unit's evidence, never lost. It goes with the task the message names
/// ("汇报 11" starts that report with it), else with the report the unit has just made, else with the unit's only
/// task; otherwise the bot asks which task it is for. A plan file (and anything the office sends) goes to the import.
/// </summary>
public sealed partial class EvidenceDialog(TaskSupervision supervision, EvidenceIntake intake, EvidenceDesk desk) : Dialog, IRoutedDialog
{
    private sealed record Waiting(IReadOnlyList<int> Files, IReadOnlyList<string> Names);

    private static readonly string[] PlanTextExtensions = [".txt", ".csv", ".tsv"];

    public override string Id => "evidence";
    public string Trigger => "evidence.start";
    public string? Command => null;

    public bool StartsOnFiles => true;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var viewer = dc.Viewer!;
        var files = AttachmentFiles.Files(dc.Turn.Activity).ToList();
        if (files.Count == 0)
            return await dc.SayAndEndAsync("evidence.howTo", cancellationToken, ("types", EvidenceIntake.Types(dc.Text, desk)),
                ("mb", desk.MaxBytes / 1024 / 1024));
        var photos = files.Any(f => f.ContentType?.StartsWith("image/", StringComparison.Ordinal) == true
            || EvidenceTypes.Named(f.Name ?? "") is EvidenceType.Jpg or EvidenceType.Png);
        if (!viewer.MayReport && photos) return await dc.SayAndEndAsync("evidence.unitsOnly", cancellationToken);
        if (!viewer.MayReport || files.All(f => PlanTextExtensions.Contains(Path.GetExtension(f.Name ?? ""), StringComparer.OrdinalIgnoreCase)))
        {
            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.BeginDialogAsync("importUpload", null, cancellationToken);
        }
        var progress = await supervision.ProgressAsync(cancellationToken);
        var tasks = progress is null ? [] : Tasks(progress, viewer);
        if (tasks.Count == 0) return await dc.SayAndEndAsync("evidence.noTasks", cancellationToken);
        var input = PromptInput.From(dc.Turn.Activity);
        var report = dc.Text.Hears("report.start", input, out var said) ? IntentRecognizer.Values(said!) : null;
        var named = report ?? (dc.Text.Hears("taskDetail.start", input, out var detail) ? IntentRecognizer.Values(detail!) : null);
        var task = TaskNumber.From(named)?.In(progress, dc.Text) is { } n && tasks.Contains(n) ? n : null;
        var recent = task is null ? desk.JustReported(progress!, viewer) : null;
        task ??= recent is null ? tasks.Count == 1 ? tasks[0] : null : tasks.First(t => t.Id == recent.TaskItemId);
        var taken = await intake.TakeAsync(dc, task, cancellationToken);
        if (taken.Kept.Count == 0) return await dc.SendAndEndAsync(Activity.CreateMessage(taken.Said), cancellationToken);
        if (task is not null && report is not null)
        {
            await dc.SendAsync(Activity.CreateMessage(taken.Said), cancellationToken);
            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.BeginDialogAsync(ReportProgressDialog.Name, report, cancellationToken);
        }
        if (task is not null) return await AssignAsync(dc, progress!, task, recent, [.. taken.Kept.Select(f => f.Id)], taken.Said, cancellationToken);
        dc.Active!.Values["waiting"] =
            JsonSerializer.SerializeToNode(new Waiting([.. taken.Kept.Select(f => f.Id)], [.. taken.Kept.Select(f => f.FileName)]));
        return await AskAsync(dc, tasks, taken.Said, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var waiting = dc.Active!.Values["waiting"].Deserialize<Waiting>()!;
        var progress = await supervision.ProgressAsync(cancellationToken);
        if (progress is null || dc.Viewer is not { MayReport: true } viewer) return await dc.EndDialogAsync(null, cancellationToken);
        var tasks = Tasks(progress, viewer);
        // The unit's last task was withdrawn, or the unit taken off it, while the bot asked: the files stay, with no task.
        if (tasks.Count == 0)
            return await dc.SayAndEndAsync("evidence.noTasksKept", cancellationToken, ("names", TaskText.List(dc.Text, waiting.Names)));
        var said = "";
        if (EvidenceIntake.HasFiles(dc))
        {
            var taken = await intake.TakeAsync(dc, null, cancellationToken);
            waiting = new([.. waiting.Files, .. taken.Kept.Select(f => f.Id)], [.. waiting.Names, .. taken.Kept.Select(f => f.FileName)]);
            dc.Active.Values["waiting"] = JsonSerializer.SerializeToNode(waiting);
            said = taken.Said;
        }
        var number = Number().Match(PromptInput.From(dc.Turn.Activity) ?? "");
        var task = number.Success ? tasks.FirstOrDefault(t => t.Number.ToString() == number.Value) : null;
        if (task is not null) return await AssignAsync(dc, progress, task, null, waiting.Files, said, cancellationToken);
        if (said.Length == 0) said = dc.Text.Say("evidence.notATask", ("example", dc.Text.Say("evidence.taskButton", ("number", tasks[0].Number))));
        return await AskAsync(dc, tasks, said, cancellationToken);
    }

    public override bool Claims(DialogContext dc, string? input) => input is not null && Number().IsMatch(input);

    public override bool TakesFiles => true;

    private static IReadOnlyList<TaskItem> Tasks(TaskProgress progress, Viewer viewer) =>
        [.. progress.Tasks.Where(viewer.MayReportOn).OrderBy(t => !progress.IsLedBy(t, viewer.Unit!)).ThenBy(t => t.Number)];

    /// <summary>With the report just made, or this period's report on the task, else waiting for the next one.</summary>
    private async Task<DialogTurnResult> AssignAsync(DialogContext dc, TaskProgress progress, TaskItem task, ProgressReport? recent,
        IReadOnlyList<int> files, string said, CancellationToken cancellationToken)
    {
        var unit = dc.Viewer!.Unit!;
        var report = recent ?? (supervision.ReportedNow(progress, task, unit.Id) ? progress.LatestBy(task, unit.Id) : null);
        await desk.AssignAsync(files, task, report, cancellationToken);
        var t = dc.Text;
        var message = Activity.CreateMessage((said.Length > 0 ? said + "\n\n" : "") + (report is null
            ? t.Say("evidence.waiting", ("number", task.Number))
            : t.Say("evidence.withReport", ("number", task.Number), ("period", PeriodText.Label(t, report.PeriodKey)))));
        if (report is null)
            message.SuggestedActions = new() { Actions = [CardAction.ImBack(t.Say("evidence.reportButton", ("number", task.Number)))] };
        return await dc.SendAndEndAsync(message, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskAsync(DialogContext dc, IReadOnlyList<TaskItem> tasks, string said,
        CancellationToken cancellationToken)
    {
        var t = dc.Text;
        var text = new StringBuilder(said.Length > 0 ? said + "\n\n" : "").Append(t.Say("evidence.askTask")).Append('\n')
            .Append(TaskText.Lines(t, tasks, task => t.Say("evidence.taskLine", ("number", task.Number), ("title", TaskText.Title(task))),
                moreKey: "evidence.moreTasks"));
        var question = Activity.CreateMessage(text.ToString());
        question.SuggestedActions = new()
        {
            Actions = [.. tasks.Take(MessageLimits.Buttons).Select(x => CardAction.ImBack(t.Say("evidence.taskButton", ("number", x.Number))))],
        };
        await dc.SendAsync(question, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
