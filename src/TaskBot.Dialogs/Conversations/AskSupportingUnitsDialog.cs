using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 征求配合意见 11 [旗财政局、旗发改委] / ask supporting units 11[: …]: the lead unit asks the task's supporting units
/// (配合单位), the ones named or all, for their input this period; each gets one message with a button to report.
/// </summary>
public sealed class AskSupportingUnitsDialog(TaskSupervision supervision, SupportingInput support, IPlanReader plans) : Dialog, IRoutedDialog
{
    private const int NamesShown = 20;
    private static readonly char[] Separators = ['、', '，', ',', '；', ';', ' '];

    public override string Id => "askSupport";
    public string Trigger => "askSupport.start";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var said = TaskNumber.From(options)!;
        var progress = await supervision.ProgressAsync(cancellationToken);
        var viewer = dc.Viewer!;
        var named = options?["units"]?.GetValue<string>();
        if (said.Candidates(progress, dc.Text, viewer.Sees) is { Count: > 1 } candidates)
            return await TaskNumber.AskWhichAsync(dc, progress!, candidates, "taskDetail.askSupportButton", cancellationToken, named);
        if (said.In(progress, dc.Text, viewer.Sees) is not { } task || !viewer.Sees(task))
            return await dc.SayAndEndAsync("tasks.noSuchTask", cancellationToken, ("number", said.Said));
        if (!viewer.MayReport || !viewer.LeadsTask(task))
            return await dc.SayAndEndAsync("askSupport.leadOnly", cancellationToken, ("number", task.Number));
        var names = (named ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var directory = names.Length == 0 ? [] : await plans.UnitDirectoryAsync(cancellationToken);
        var (units, unknown) = SupportingInput.Choose(progress!, task, names, directory);
        var t = dc.Text;
        if (unknown.Count > 0 || units.Count == 0)
        {
            var supporting = progress!.SupportingUnits(task);
            return supporting.Count == 0
                ? await dc.SayAndEndAsync("askSupport.none", cancellationToken, ("number", task.Number))
                : await dc.SayAndEndAsync("askSupport.unknown", cancellationToken, ("number", task.Number), ("names", TaskText.List(t, unknown)),
                    ("supporting", Names(t, supporting)));
        }
        // A unit that already gave its input this period has answered: it is not asked again (基层减负).
        var given = units.Where(u => supervision.ReportedNow(progress!, task, u.Id)).ToList();
        var period = PeriodText.Label(t, supervision.CurrentPeriod);
        if (given.Count == units.Count)
            return await dc.SayAndEndAsync("askSupport.allGiven", cancellationToken, ("number", task.Number), ("units", Names(t, given)),
                ("period", period));
        var (asked, unreached) = await support.AskAsync(viewer, task, [.. units.Except(given)], cancellationToken);
        var text = t.Say("askSupport.sent", ("number", task.Number), ("count", asked.Count), ("units", Names(t, asked)), ("period", period));
        if (given.Count > 0) text += "\n" + t.Say("askSupport.given", ("count", given.Count), ("units", Names(t, given)));
        if (unreached.Count > 0) text += "\n" + t.Say("askSupport.unreached", ("count", unreached.Count), ("units", Names(t, unreached)));
        return await dc.SendAndEndAsync(BotFramework.Schema.Activity.CreateMessage(text), cancellationToken);
    }

    private static string Names(LocaleText t, IReadOnlyList<Domain.Units.Unit> units) =>
        TaskText.List(t, units.Take(NamesShown).Select(u => u.Name))
        + (units.Count > NamesShown ? t.Say("askSupport.moreUnits", ("more", units.Count - NamesShown)) : "");
}
