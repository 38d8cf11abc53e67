using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 新增任务：内容；牵头领导：…；牵头单位：…；责任单位：…；完成时限：…[；清单：领导批示] (the office): a task added to the
/// year's plan, or to the list it names (新增领导批示任务：…), in one message.
/// </summary>
public sealed class AddTaskDialog(ITaskEditor editor, TaskSupervision supervision) : Dialog, IRoutedDialog
{
    public override string Id => "addTask";
    public string Trigger => "taskEdit.add";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var t = dc.Text;
        if (await OfficeTaskEdit.RefuseAsync(dc, cancellationToken) is { } refused) return refused;
        var fields = TaskFields.Read(t, TaskFields.Rest(t, Trigger, dc.Turn.Activity.Text));
        var deadline = fields.Deadline is { } d ? DateAnswer.Read(d, supervision.Today.Year) : null;
        if (fields.Text is not { Length: > 0 } text || TaskFields.Names(fields.LeadUnits) is not { Count: > 0 } leadUnits || deadline is null)
            return await dc.SayAndEndAsync("taskEdit.addHowTo", cancellationToken);
        var draft = new TaskDraft(0, text, TaskFields.Names(fields.Leaders) ?? [], leadUnits, TaskFields.Names(fields.Units) ?? [],
            deadline.Value.Date, false, []);
        var progress = await supervision.ProgressAsync(cancellationToken);
        var named = options?["list"]?.GetValue<string>() ?? fields.List;
        var list = named is null ? null : progress?.Lists.FirstOrDefault(l => TaskNumber.IsNamed(t, l, named.Trim()));
        if (named is not null && list is null)
            return await dc.SayAndEndAsync("taskEdit.noSuchList", cancellationToken, ("name", Markdown.Literal(named)),
                ("lists", TaskText.List(t, (progress?.Lists ?? []).Select(l => l.Label ?? t.Say("lists.planName")))));
        var result = await editor.AddAsync(list?.Label, draft, OfficeTaskEdit.By(dc), cancellationToken);
        if (result.Problem == TaskEditProblem.UnknownUnits)
            return await dc.SayAndEndAsync("taskEdit.unknownUnits", cancellationToken, ("names", TaskText.List(t, result.UnknownUnits)));
        if (result.Problem is not null) return await dc.SayAndEndAsync("taskEdit.noList", cancellationToken);
        return await dc.SayAndEndAsync("taskEdit.added", cancellationToken, ("number", result.Number),
            ("title", Markdown.Literal(TaskTitle.Of(text, 28))), ("list", Markdown.Literal(result.List)),
            ("units", TaskText.List(t, leadUnits)), ("deadline", TaskText.Date(t, deadline.Value.Date)));
    }
}
