using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 汇报 11 / report 11: status, what was done, completion, problems, next steps and what needs a leader; then a
/// read-back, and on confirmation the unit's report on the task for the current period. Offers the next task.
/// </summary>
public sealed class ReportProgressDialog(TaskSupervision supervision) : WaterfallDialog, IRoutedDialog
{
    private static readonly ReportStatus[] Statuses = [ReportStatus.OnSchedule, ReportStatus.Done, ReportStatus.Behind, ReportStatus.NotStarted];

    public override string Id => "report";
    public string Trigger => "report.start";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps =>
        [AskStatusAsync, AskProgressAsync, AskCompletionAsync, AskProblemsAsync, AskNextStepsAsync, AskCoordinationAsync, ConfirmAsync, SaveAsync];

    private async Task<DialogTurnResult> AskStatusAsync(WaterfallStep step, CancellationToken ct)
    {
        var said = TaskNumber.From(step.Options)!;
        var progress = await supervision.ProgressAsync(ct);
        var task = said.In(progress?.Plan);
        if (task is null || step.Context.Viewer?.MayReportOn(task) != true)
        {
            await step.Context.SayAsync("tasks.noSuchTask", ct, ("number", said.Said));
            return await step.EndAsync(ct);
        }
        var number = task.Number;
        step.Values["number"] = number;
        step.Values["title"] = TaskText.Title(task);
        step.Values["target"] = TaskTarget.Find(task.Text)?.ToString();
        var t = step.Context.Text;
        return await step.PromptAsync(ChoicePrompt.Name, new PromptOptions
        {
            Text = t.Say("report.askStatus", ("number", number), ("title", TaskText.Title(task))),
            Choices = [.. Statuses.Select(s => new Choice(s.ToString(), TaskText.Status(t, s), [t.Say($"report.synonyms{s}")]))],
        }, ct);
    }

    private static Task<DialogTurnResult> AskProgressAsync(WaterfallStep step, CancellationToken ct) =>
        Gathered(step, "status", ct) ?? step.PromptAsync(TextPrompt.Name, new PromptOptions { Text = step.Context.Text.Say("report.askProgress"), MaxLength = 1000 }, ct);

    private static Task<DialogTurnResult> AskCompletionAsync(WaterfallStep step, CancellationToken ct)
    {
        if (Gathered(step, "progress", ct) is { } ended) return ended;
        if (step.Values["status"]!.GetValue<string>() == nameof(ReportStatus.Done))
            return step.NextAsync(new JsonObject { ["completion"] = 100m });
        var target = step.Values["target"]?.GetValue<string>();
        var text = target is null ? step.Context.Text.Say("report.askPercent") : step.Context.Text.Say("report.askValue", ("target", target));
        return step.PromptAsync(CompletionPrompt.Name, new PromptOptions { Text = text, Target = target }, ct);
    }

    private static Task<DialogTurnResult> AskProblemsAsync(WaterfallStep step, CancellationToken ct) =>
        Gathered(step, "completion", ct) ?? AskTextAsync(step, "report.askProblems", ct);

    private static Task<DialogTurnResult> AskNextStepsAsync(WaterfallStep step, CancellationToken ct) =>
        Gathered(step, "problems", ct) ?? AskTextAsync(step, "report.askNextSteps", ct);

    private static Task<DialogTurnResult> AskCoordinationAsync(WaterfallStep step, CancellationToken ct) =>
        Gathered(step, "nextSteps", ct) ?? AskTextAsync(step, "report.askCoordination", ct);

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStep step, CancellationToken ct)
    {
        if (Gathered(step, "coordination", ct) is { } ended) return ended;
        var content = Content(step);
        var t = step.Context.Text;
        return step.PromptAsync(ConfirmPrompt.Name, new PromptOptions
        {
            Text = t.Say("report.readBack", ("number", step.Values["number"]), ("title", step.Values["title"]),
                ("status", TaskText.Status(t, content.Status)), ("progress", Markdown.Literal(content.Progress)),
                ("completion", TaskText.Completion(content.CurrentValue, content.Completion ?? 0)),
                ("problems", Markdown.Literal(content.Problems)), ("nextSteps", Markdown.Literal(content.NextSteps)),
                ("coordination", Markdown.Literal(content.Coordination))),
        }, ct);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result?.GetValue<bool>() != true)
        {
            await step.Context.SayAsync("report.discarded", ct);
            return await step.EndAsync(ct);
        }
        var number = step.Values["number"]!.GetValue<int>();
        var progress = await supervision.ProgressAsync(ct);
        // The binding may have changed since the first step (unbound, or bound to another unit).
        if (progress?.Plan.Task(number) is not { } task || step.Context.Viewer is not { } viewer || !viewer.MayReportOn(task))
        {
            await step.Context.SayAsync("report.noLongerAllowed", ct, ("number", number));
            return await step.EndAsync(ct);
        }
        var report = await supervision.SaveAsync(viewer, task, Content(step), ct);
        var saved = Activity.CreateMessage(step.Context.Text.Say(viewer.LeadsTask(task) ? "report.saved" : "report.savedAsCoUnit",
            ("number", number), ("period", PeriodText.Label(step.Context.Text, report.PeriodKey))));
        if (supervision.NextUnreported(progress, viewer, number) is { } next && next.Number != number)
        {
            saved.Text += "\n\n" + step.Context.Text.Say("report.offerNext", ("number", next.Number), ("title", TaskText.Title(next)));
            saved.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(step.Context.Text.Say("report.nextButton", ("number", next.Number)))] };
        }
        await step.Context.SendAsync(saved, ct);
        return await step.EndAsync(ct);
    }

    private static Task<DialogTurnResult> AskTextAsync(WaterfallStep step, string key, CancellationToken ct) =>
        step.PromptAsync(TextPrompt.Name, new PromptOptions { Text = step.Context.Text.Say(key), MaxLength = 1000 }, ct);

    // Keeps the previous prompt's answer; a prompt that gave up (null) ends the dialog.
    private static Task<DialogTurnResult>? Gathered(WaterfallStep step, string key, CancellationToken ct)
    {
        if (step.Result is null) return step.EndAsync(ct);
        step.Values[key] = step.Result.DeepClone();
        return null;
    }

    private static ReportContent Content(WaterfallStep step)
    {
        var v = step.Values;
        var completion = v["completion"]!;
        return new ReportContent(
            Enum.Parse<ReportStatus>(v["status"]!.GetValue<string>()),
            v["progress"]!.GetValue<string>(),
            completion["completion"]?.GetValue<decimal>(),
            completion["value"]?.GetValue<string>(),
            v["problems"]!.GetValue<string>(), v["nextSteps"]!.GetValue<string>(), v["coordination"]!.GetValue<string>());
    }
}
