using TaskBot.Words;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>我的任务 / my tasks: the tasks a unit answers for or a leader leads, a page at a time.</summary>
public sealed class MyTasksDialog(TaskSupervision supervision) : Dialog, IRoutedDialog
{
    private const int PageSize = 10;

    public override string Id => "myTasks";
    public string Trigger => "myTasks.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var progress = await supervision.ProgressAsync(cancellationToken);
        var tasks = progress is null ? [] : supervision.Visible(progress, dc.Viewer!);
        if (tasks.Count == 0)
            return await dc.SayAndEndAsync("myTasks.none", cancellationToken);
        var pages = (tasks.Count + PageSize - 1) / PageSize;
        var page = Math.Clamp(int.TryParse(options?["page"]?.GetValue<string>(), out var p) ? p : 1, 1, pages);
        var text = new StringBuilder(dc.Text.Say("myTasks.header", ("count", tasks.Count), ("page", page), ("pages", pages)));
        foreach (var task in tasks.Skip((page - 1) * PageSize).Take(PageSize))
            text.Append("\n\n").Append(dc.Text.Say("myTasks.line", ("number", task.Number), ("title", TaskText.Title(task)),
                ("deadline", TaskText.Deadline(dc.Text, task)), ("last", TaskText.Standing(dc.Text, supervision.Assess(progress!, task)))));
        var message = Activity.CreateMessage(text.ToString());
        if (page < pages) message.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(dc.Text.Say("myTasks.nextPage", ("page", page + 1)))] };
        return await dc.SendAndEndAsync(message, cancellationToken);
    }
}
