using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 需要协调：资金缺口200万，请县财政局支持 — a unit's request for a leader sent on its own, without a report (the report
/// dialog hands it here once the task is known): read back with the leaders it goes to, and on 是 raised as a report's
/// 需协调事项 would be.
/// </summary>
public sealed class CoordinationRequestDialog(TaskSupervision supervision, CoordinationDesk desk) : WaterfallDialog
{
    public const string Name = "coordinationRequest";
    public override string Id => Name;

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [ConfirmAsync, RaiseAsync];

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStep step, CancellationToken ct)
    {
        if (await TaskAsync(step, ct) is not { } task) return await step.EndAsync(ct);
        var t = step.Context.Text;
        var text = step.Options!["text"]!.GetValue<string>();
        var leaders = await desk.AddresseesAsync(task, text, ct);
        var ask = t.Say("coordination.confirmAlone", ("number", task.Number), ("title", TaskText.Title(task)), ("text", Markdown.Literal(text)),
            ("leaders", TaskText.List(t, leaders.Select(l => l.Name))));
        return await step.PromptAsync(ConfirmPrompt.Name, new PromptOptions { Text = ask }, ct);
    }

    private async Task<DialogTurnResult> RaiseAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result?.GetValue<bool>() != true) return await step.SayAndEndAsync("coordination.notRaised", ct);
        // The binding may have changed while the question waited.
        if (await TaskAsync(step, ct) is not { } task || step.Context.Viewer is not { } viewer || !viewer.MayReportOn(task))
            return await step.SayAndEndAsync("coordination.notRaised", ct);
        var item = await desk.RaiseAsync(viewer, task, step.Options!["text"]!.GetValue<string>(), ct);
        return item is null
            ? await step.SayAndEndAsync("coordination.alreadyRaised", ct, ("number", task.Number))
            : await step.SayAndEndAsync("coordination.raisedAlone", ct, ("id", item.Id), ("number", task.Number));
    }

    private async Task<Domain.Plans.TaskItem?> TaskAsync(WaterfallStep step, CancellationToken ct) =>
        (await supervision.ProgressAsync(ct))?.Tasks.FirstOrDefault(x => x.Id == step.Options!["task"]!.GetValue<int>());
}
