using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 修改任务 11 完成时限：2026-03-31；理由：… (the office): changes a task's deadline (kept in its history like an approved
/// 延期), leaders or units; asks what to change when the message does not say.
/// </summary>
public sealed class ChangeTaskDialog(ITaskEditor editor, TaskSupervision supervision) : WaterfallDialog, IRoutedDialog
{
    public override string Id => "changeTask";
    public string Trigger => "taskEdit.change";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [AskAsync, ChangeAsync];

    private async Task<DialogTurnResult> AskAsync(WaterfallStep step, CancellationToken ct)
    {
        var dc = step.Context;
        var rest = TaskFields.Rest(dc.Text, Trigger, dc.Turn.Activity.Text);
        var (task, list, ended) = await OfficeTaskEdit.FindAsync(dc, supervision, step.Options, "taskEdit.changeButton", rest, ct);
        if (task is null) return ended!;
        step.Values["number"] = task.Number;
        step.Values["list"] = list;
        step.Values["listId"] = task.PlanId;
        if (rest.Length > 0) return await step.NextAsync(JsonValue.Create(rest));
        return await step.PromptAsync(TextPrompt.Name,
            new PromptOptions { Text = dc.Text.Say("taskEdit.changeHowTo", ("number", task.Number)), MaxLength = 1000 }, ct);
    }

    private async Task<DialogTurnResult> ChangeAsync(WaterfallStep step, CancellationToken ct)
    {
        var dc = step.Context;
        var t = dc.Text;
        var number = step.Values["number"]!.GetValue<int>();
        if (await OfficeTaskEdit.RefuseAsync(dc, ct) is { } refused) return refused;
        if (step.Result is null) return await dc.SayAndEndAsync("taskEdit.officeOnly", ct);
        var fields = TaskFields.Read(t, step.Result.GetValue<string>());
        DateOnly? deadline = null;
        if (fields.Deadline is { } d)
        {
            if (DateAnswer.Read(d, supervision.Today.Year) is not { } read)
                return await dc.SayAndEndAsync("taskEdit.badDeadline", ct, ("text", Markdown.Literal(d)));
            deadline = read.Date;
        }
        var order = new TaskChangeOrder(deadline, fields.Reason, TaskFields.Names(fields.Leaders), TaskFields.Names(fields.LeadUnits),
            TaskFields.Names(fields.Units));
        if (order.IsEmpty) return await dc.SayAndEndAsync("taskEdit.changeHowTo", ct, ("number", number));
        var result = await editor.ChangeAsync(step.Values["list"]?.GetValue<string>(), number, order, OfficeTaskEdit.By(dc), ct);
        return result.Problem switch
        {
            TaskEditProblem.UnknownUnits => await dc.SayAndEndAsync("taskEdit.unknownUnits", ct, ("names", TaskText.List(t, result.UnknownUnits))),
            TaskEditProblem.NothingToChange => await dc.SayAndEndAsync("taskEdit.nothingChanged", ct, ("number", number)),
            not null => await dc.SayAndEndAsync("taskEdit.noSuchTask", ct, ("number", number)),
            null => await dc.SayAndEndAsync("taskEdit.changed", ct, ("number", number),
                ("title", await TitleAsync(step.Values["listId"]!.GetValue<int>(), number, ct)),
                ("fields", string.Join(t.Say("tasks.listSeparator"), result.Changed.Select(f => Field(t, f, order))))),
        };
    }

    private static string Field(LocaleText t, string field, TaskChangeOrder order) => field switch
    {
        "deadline" => t.Say("taskEdit.fieldDeadline", ("deadline", TaskText.Date(t, order.Deadline))),
        "leaders" => t.Say("taskEdit.fieldLeaders", ("names", TaskText.List(t, order.Leaders!))),
        "leadUnits" => t.Say("taskEdit.fieldLeadUnits", ("names", TaskText.List(t, order.LeadUnits!))),
        _ => t.Say("taskEdit.fieldUnits", ("names", TaskText.List(t, order.ResponsibleUnits!))),
    };

    private async Task<string> TitleAsync(int listId, int number, CancellationToken ct) =>
        (await supervision.ProgressAsync(ct))?.Task(listId, number) is { } task ? TaskText.Title(task) : "";
}
