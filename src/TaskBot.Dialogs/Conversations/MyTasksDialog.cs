using TaskBot.Words;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 我的任务 / my tasks, a page at a time: a unit's own tasks (those it leads) first, then those it supports (配合),
/// under a heading of their own; a leader's tasks; the office's, all.
/// </summary>
public sealed class MyTasksDialog(TaskSupervision supervision) : Dialog, IRoutedDialog
{
    private const int PageSize = 10;

    public override string Id => "myTasks";
    public string Trigger => "myTasks.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var progress = await supervision.ProgressAsync(cancellationToken);
        var viewer = dc.Viewer!;
        var tasks = progress is null ? [] : supervision.Visible(progress, viewer);
        if (tasks.Count == 0)
            return await dc.SayAndEndAsync("myTasks.none", cancellationToken);
        var unit = viewer.MayReport ? viewer.Unit : null;
        var own = unit is null ? tasks : [.. tasks.Where(t => progress!.IsLedBy(t, unit))];
        var supporting = tasks.Except(own).ToList();
        var pages = (tasks.Count + PageSize - 1) / PageSize;
        var page = Math.Clamp(int.TryParse(options?["page"]?.GetValue<string>(), out var p) ? p : 1, 1, pages);
        var t = dc.Text;
        var text = new StringBuilder(unit is null
            ? t.Say("myTasks.header", ("count", tasks.Count), ("page", page), ("pages", pages))
            : t.Say("myTasks.headerUnit", ("own", own.Count), ("supporting", supporting.Count), ("page", page), ("pages", pages)));
        var first = (page - 1) * PageSize;
        foreach (var (task, i) in own.Concat(supporting).Select((task, i) => (task, i + first)).Skip(first).Take(PageSize))
        {
            if (i == own.Count && unit is not null) text.Append("\n\n").Append(t.Say("myTasks.supportingHeader"));
            text.Append("\n\n").Append(Line(dc, progress!, task));
            if (i >= own.Count && unit is not null && supervision.Owes(progress!, task, unit) && !supervision.ReportedNow(progress!, task, unit.Id))
                text.Append(t.Say("myTasks.asked"));
        }
        var message = Activity.CreateMessage(text.ToString());
        if (page < pages) message.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(t.Say("myTasks.nextPage", ("page", page + 1)))] };
        return await dc.SendAndEndAsync(message, cancellationToken);
    }

    private string Line(DialogContext dc, TaskProgress progress, TaskItem task) =>
        dc.Text.Say("myTasks.line", ("number", task.Number), ("title", TaskText.Title(task)),
            ("deadline", TaskText.Deadline(dc.Text, task)), ("last", TaskText.Standing(dc.Text, supervision.Assess(progress, task))));
}
