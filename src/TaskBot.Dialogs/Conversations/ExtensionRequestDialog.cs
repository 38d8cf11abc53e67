using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>延期 11 2026-03-31 理由 / extend 11 …: a unit asks to move a task's deadline; asks for the date or reason it lacks.</summary>
public sealed class ExtensionRequestDialog(TaskSupervision supervision, ExtensionDesk desk) : WaterfallDialog, IRoutedDialog
{
    private sealed record Draft(int Number, DateOnly? Date, string Reason, int? ListId = null);

    public override string Id => "extensionRequest";
    public string Trigger => "extension.request";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps =>
        [AskDateAsync, AskReasonAsync, SubmitAsync];

    private async Task<DialogTurnResult> AskDateAsync(WaterfallStep step, CancellationToken ct)
    {
        var said = TaskNumber.From(step.Options)!;
        var progress = await supervision.ProgressAsync(ct);
        if (said.Candidates(progress, step.Context.Text, step.Context.Viewer!.Sees) is { Count: > 1 } candidates)
            return await TaskNumber.AskWhichAsync(step.Context, progress!, candidates, "extension.listButton", ct);
        if (said.In(progress, step.Context.Text, step.Context.Viewer!.Sees) is not { } task || step.Context.Viewer?.MayReportOn(task) != true)
            return await step.Context.SayAndEndAsync("tasks.noSuchTask", ct, ("number", said.Said));
        // The deadline is the task's: a unit supporting it (配合) tells the lead unit, which answers for it.
        if (task.OwnedByOffice) return await step.Context.SayAndEndAsync("extension.officeTask", ct, ("number", task.Number));
        if (!step.Context.Viewer.LeadsTask(task))
            return await step.Context.SayAndEndAsync("extension.notLead", ct, ("number", task.Number),
                ("leads", TaskText.List(step.Context.Text, task.AnsweringUnits.Select(u => u.Name))));
        var rest = step.Options!["rest"]?.GetValue<string>() ?? "";
        var read = DateAnswer.Read(rest, supervision.Today.Year);
        Save(step, new Draft(task.Number, read?.Date, read?.After ?? "", task.PlanId));
        if (read is not null) return await step.NextAsync(null);
        return await step.PromptAsync(TextPrompt.Name,
            new PromptOptions { Text = step.Context.Text.Say("extension.askDate", ("number", task.Number)), MaxLength = 200 }, ct);
    }

    private async Task<DialogTurnResult> AskReasonAsync(WaterfallStep step, CancellationToken ct)
    {
        var draft = Load(step);
        if (draft.Date is null)
        {
            var text = step.Result?.GetValue<string>() ?? "";
            if (DateAnswer.Read(text, supervision.Today.Year) is not { } read)
                return await step.Context.SayAndEndAsync("extension.badDate", ct, ("text", Markdown.Literal(text)), ("number", draft.Number));
            Save(step, draft = draft with { Date = read.Date, Reason = read.After });
        }
        if (draft.Reason.Length > 0) return await step.NextAsync(JsonValue.Create(draft.Reason));
        return await step.PromptAsync(TextPrompt.Name, new PromptOptions
        {
            Text = step.Context.Text.Say("extension.askReason"), MaxLength = 1000, Content = step.Context.Text.Say("extension.reasonContent"),
        }, ct);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result is null) return await step.EndAsync(ct);
        var draft = Load(step);
        var t = step.Context.Text;
        if (await supervision.ProgressAsync(ct) is not { } progress || progress.Task(draft.ListId, draft.Number) is not { } task
            || step.Context.Viewer is not { } viewer || !viewer.LeadsTask(task))
            return await step.Context.SayAndEndAsync("report.noLongerAllowed", ct, ("number", draft.Number));
        if (task.Deadline is { } old && draft.Date <= old)
            return await step.Context.SayAndEndAsync("extension.notLater", ct, ("new", TaskText.Date(t, draft.Date)), ("old", TaskText.Date(t, old)));
        var request = await desk.RequestAsync(viewer, task, draft.Date!.Value, step.Result.GetValue<string>().Trim(), ct);
        return await step.Context.SayAndEndAsync("extension.submitted", ct, ("number", task.Number), ("new", TaskText.Date(t, request.NewDeadline)),
            ("late", request.Late ? t.Say("extension.late") : ""));
    }

    private static void Save(WaterfallStep step, Draft draft) => step.Values["draft"] = JsonSerializer.SerializeToNode(draft);

    private static Draft Load(WaterfallStep step) => step.Values["draft"].Deserialize<Draft>()!;
}
