using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Loop;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>销号 11 / 退回 11 原因 (the office): closes a task a lead unit reported done, or sends it back with the reason.</summary>
public sealed class CompletionReviewDialog(CompletionDesk desk, TaskSupervision supervision, IPlanReader plans) : WaterfallDialog, IRoutedDialog
{
    private sealed record Review(int Number, CompletionState Outcome, int? ListId = null);

    public override string Id => "completionReview";
    public string Trigger => "completion.review";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [AskAsync, DecideAsync];

    private async Task<DialogTurnResult> AskAsync(WaterfallStep step, CancellationToken ct)
    {
        var t = step.Context.Text;
        if (step.Context.Viewer!.Member.Role != MemberRole.Office) return await step.Context.SayAndEndAsync("office.only", ct);
        var number = TaskNumber.From(step.Options)!;
        var said = step.Options!["action"]!.GetValue<string>();
        var outcome = string.Equals(said, t.Say("completion.closeButton"), StringComparison.OrdinalIgnoreCase)
            ? CompletionState.Closed
            : CompletionState.Returned;
        var reason = step.Options["reason"]?.GetValue<string>().Trim() ?? "";
        var progress = await supervision.ProgressAsync(ct);
        if (number.Candidates(progress, t) is { Count: > 1 } candidates)
            return await TaskNumber.AskWhichAsync(step.Context, progress!, candidates,
                outcome == CompletionState.Closed ? "completion.closeCommand" : "completion.returnCommand", ct, reason);
        if (number.In(progress, t) is not { } task || await desk.LatestAsync(task, ct) is not { State: CompletionState.Pending })
            return await step.Context.SayAndEndAsync("completion.nothingPending", ct, ("number", number.Said));
        step.Values["review"] = JsonSerializer.SerializeToNode(new Review(task.Number, outcome, task.PlanId));
        if (outcome == CompletionState.Closed || reason.Length > 0) return await step.NextAsync(JsonValue.Create(reason));
        return await step.PromptAsync(TextPrompt.Name, new PromptOptions
        {
            Text = t.Say("completion.askReason", ("number", task.Number)), MaxLength = 500, Content = t.Say("completion.reasonContent"),
        }, ct);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result is null) return await step.EndAsync(ct);
        var review = step.Values["review"].Deserialize<Review>()!;
        var reason = step.Result.GetValue<string>().Trim();
        var task = (await supervision.ProgressAsync(ct))?.Task(review.ListId, review.Number);
        var pending = task is null ? null : await desk.LatestAsync(task, ct);
        if (task is null || pending is not { State: CompletionState.Pending }
            || !await desk.ReviewAsync(step.Context.Viewer!, task, review.Outcome, reason.Length > 0 ? reason : null, ct))
            return await step.Context.SayAndEndAsync("completion.nothingPending", ct, ("number", review.Number));
        var unit = (await plans.UnitAsync(pending.UnitId, ct))?.Name;
        return await step.Context.SayAndEndAsync(review.Outcome == CompletionState.Closed ? "completion.doneClose" : "completion.doneReturn", ct,
            ("number", review.Number), ("unit", Markdown.Literal(unit)));
    }
}
