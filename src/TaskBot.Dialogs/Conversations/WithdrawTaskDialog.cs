using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 撤销任务 11 理由 (the office): asks the reason when not given, then for confirmation; the task is withdrawn, not
/// deleted: its reports stay and it leaves every list, reminder, behind count, ledger and bulletin.
/// </summary>
public sealed class WithdrawTaskDialog(ITaskEditor editor, TaskSupervision supervision) : WaterfallDialog, IRoutedDialog
{
    public override string Id => "withdrawTask";
    public string Trigger => "taskEdit.withdraw";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps =>
        [AskReasonAsync, ConfirmAsync, WithdrawAsync];

    private async Task<DialogTurnResult> AskReasonAsync(WaterfallStep step, CancellationToken ct)
    {
        var dc = step.Context;
        var rest = TaskFields.Rest(dc.Text, Trigger, dc.Turn.Activity.Text);
        var (task, list, ended) = await OfficeTaskEdit.FindAsync(dc, supervision, step.Options, "taskEdit.withdrawButton", rest, ct);
        if (task is null) return ended!;
        step.Values["number"] = task.Number;
        step.Values["title"] = TaskText.Title(task);
        step.Values["list"] = list;
        var reason = TaskFields.Read(dc.Text, rest) is { Reason: { } labelled } ? labelled : rest;
        if (reason.Length > 0) return await step.NextAsync(JsonValue.Create(reason));
        return await step.PromptAsync(TextPrompt.Name,
            new PromptOptions
            {
                Text = dc.Text.Say("taskEdit.askReason", ("number", task.Number), ("title", step.Values["title"]!.GetValue<string>())),
                MaxLength = 1000, Content = dc.Text.Say("taskEdit.reasonContent"),
            }, ct);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result is null) return await step.EndAsync(ct);
        step.Values["reason"] = step.Result.GetValue<string>().Trim();
        var text = step.Context.Text.Say("taskEdit.confirmWithdraw", ("number", step.Values["number"]!.GetValue<int>()),
            ("title", step.Values["title"]!.GetValue<string>()));
        return await step.PromptAsync(ConfirmPrompt.Name, new PromptOptions { Text = text }, ct);
    }

    private async Task<DialogTurnResult> WithdrawAsync(WaterfallStep step, CancellationToken ct)
    {
        var dc = step.Context;
        var number = step.Values["number"]!.GetValue<int>();
        if (step.Result?.GetValue<bool>() != true) return await dc.SayAndEndAsync("taskEdit.notWithdrawn", ct, ("number", number));
        if (await OfficeTaskEdit.RefuseAsync(dc, ct) is { } refused) return refused;
        var reason = step.Values["reason"]!.GetValue<string>();
        var result = await editor.WithdrawAsync(step.Values["list"]?.GetValue<string>(), number, reason, OfficeTaskEdit.By(dc), ct);
        return result.Problem switch
        {
            null => await dc.SayAndEndAsync("taskEdit.withdrawn", ct, ("number", number), ("title", step.Values["title"]!.GetValue<string>()),
                ("reason", Markdown.Literal(reason))),
            TaskEditProblem.AlreadyWithdrawn => await dc.SayAndEndAsync("taskEdit.alreadyWithdrawn", ct, ("number", number)),
            _ => await dc.SayAndEndAsync("taskEdit.noSuchTask", ct, ("number", number)),
        };
    }
}
