using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 农牧局的任务 / tasks of 农牧局 (the office, leaders; a unit about itself): the tasks the unit leads, then those it
/// supports, each with its light and the unit's last report.
/// </summary>
public sealed class UnitTasksDialog(TaskSupervision supervision, Lookups lookups) : Dialog, IRoutedDialog
{
    public override string Id => "unitTasks";
    public string Trigger => "unitTasks.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        if (await UnitAnswer.AskedAboutAsync(dc, supervision, lookups, options, "unitTasks.ask", cancellationToken) is not { } asked)
            return await dc.EndDialogAsync(null, cancellationToken);
        var (progress, unit) = asked;
        var (led, supported) = lookups.UnitTasks(progress, unit);
        var t = dc.Text;
        var name = Markdown.Literal(unit.Name);
        if (led.Count + supported.Count == 0) return await dc.SayAndEndAsync("unitTasks.none", cancellationToken, ("unit", name));
        // As in 我的任务: tasks naming the unit only through a collective (旗直各部门) ask nothing of it until the lead unit
        // does, so a leader asking 农牧局的情况 sees them as one line, not forty lines of 尚未报送.
        var everyone = supported.Where(a => supervision.AsksNothingOf(progress, a.Task, unit) && progress.LatestBy(a.Task, unit.Id) is null)
            .ToList();
        supported = [.. supported.Except(everyone)];
        var text = t.Say("unitTasks.header", ("unit", name), ("led", led.Count), ("supported", supported.Count),
            ("today", TaskText.Date(t, supervision.Today)));
        if (led.Count > 0) text += "\n\n" + Lines(t, progress, unit, led);
        if (supported.Count > 0) text += "\n\n" + t.Say("unitTasks.supportedHeader") + "\n" + Lines(t, progress, unit, supported);
        if (everyone.Count > 0) text += "\n\n" + t.Say("unitTasks.everyUnit", ("count", everyone.Count), ("unit", name));
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text), cancellationToken);
    }

    private static string Lines(LocaleText t, TaskProgress progress, Unit unit, IReadOnlyList<TaskAssessment> tasks) =>
        TaskText.Lines(t, tasks, a => t.Say("unitTasks.line", ("light", TaskText.Light(t, a)), ("number", a.Task.Number),
            ("title", TaskText.Title(a.Task)), ("last", Last(t, progress, unit, a))), moreKey: "units.more");

    // The unit's own last report; 已完成（待核） only where the unit leads the task, as its claim is the one awaiting review.
    private static string Last(LocaleText t, TaskProgress progress, Unit unit, TaskAssessment a) =>
        TaskText.LastReport(t, progress.LatestBy(a.Task, unit.Id), a.AwaitingReview && progress.IsLedBy(a.Task, unit));
}
