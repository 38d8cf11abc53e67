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
/// under a heading of their own; a leader's tasks; the office's, all. Tasks that name a unit only through a
/// collective (旗直各部门) are counted in one line unless it asks for all (我的任务 全部).
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
        // Tasks that name the unit only through a collective (旗直各部门、各苏木镇) ask nothing of it until the lead
        // unit does: one line says how many, and 我的任务 全部 lists them.
        var everyone = unit is null || options?["all"] is not null ? [] : supporting
            .Where(t => supervision.AsksNothingOf(progress!, t, unit)).ToList();
        supporting = [.. supporting.Except(everyone)];
        tasks = [.. own.Concat(supporting)];
        var pages = Math.Max(1, (tasks.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(int.TryParse(options?["page"]?.GetValue<string>(), out var p) ? p : 1, 1, pages);
        var t = dc.Text;
        var text = new StringBuilder(unit is null
            ? t.Say("myTasks.header", ("count", tasks.Count), ("page", page), ("pages", pages))
            : t.Say("myTasks.headerUnit", ("own", own.Count), ("supporting", supporting.Count), ("page", page), ("pages", pages)));
        var first = (page - 1) * PageSize;
        var spans = TaskText.SpansChapters(tasks);
        TaskItem? previous = null;
        foreach (var (task, i) in tasks.Select((task, i) => (task, i)).Skip(first).Take(PageSize))
        {
            if (i == own.Count && unit is not null) { text.Append("\n\n").Append(t.Say("myTasks.supportingHeader")); previous = null; }
            text.Append("\n\n").Append(TaskText.ChapterHeading(t, task, previous, spans)).Append(Line(dc, progress!, task));
            previous = task;
            if (i >= own.Count && unit is not null && supervision.Owes(progress!, task, unit) && !supervision.ReportedNow(progress!, task, unit.Id))
                text.Append(t.Say("myTasks.asked"));
        }
        if (page == pages && everyone.Count > 0)
            text.Append("\n\n").Append(t.Say("myTasks.everyUnit", ("count", everyone.Count)));
        var message = Activity.CreateMessage(text.ToString());
        var next = options?["all"] is null ? "myTasks.nextPage" : "myTasks.nextPageAll";
        if (page < pages) message.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(t.Say(next, ("page", page + 1)))] };
        else if (everyone.Count > 0) message.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(t.Say("myTasks.all"))] };
        return await dc.SendAndEndAsync(message, cancellationToken);
    }

    private string Line(DialogContext dc, TaskProgress progress, TaskItem task) =>
        dc.Text.Say("myTasks.line", ("number", task.Number), ("title", TaskText.Title(task)),
            ("deadline", TaskText.Deadline(dc.Text, task)), ("last", TaskText.Standing(dc.Text, supervision.Assess(progress, task))));
}
