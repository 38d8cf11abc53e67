using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// A unit's progress written without a task number (本周完成土地平整5.1万亩，进展正常 / 2和3号楼已完工): rather than
/// 没听懂, the tasks it owes this period as buttons, those not yet reported first, each sending what was typed for
/// that task. A message that reads as no report (no status, completion or label) is still not understood.
/// </summary>
public sealed class WhichTaskDialog(TaskSupervision supervision) : Dialog
{
    public const string Name = "whichTask";

    public override string Id => Name;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var body = options?["body"]?.GetValue<string>().Trim() ?? "";
        if (dc.Viewer is not { MayReport: true, Unit: { } unit } || !ReadsAsReport(dc.Text, body)
            || await supervision.ProgressAsync(cancellationToken) is not { } progress)
            return await dc.SayAndEndAsync("common.unknown", cancellationToken);
        var owed = supervision.Owed(progress, unit)
            .OrderBy(t => supervision.ReportedNow(progress, t, unit.Id)).ThenBy(t => t.Number).ToList();
        if (owed.Count == 0) return await dc.SayAndEndAsync("common.unknown", cancellationToken);
        // 嗯那个第二十二项进展正常…: a run-on sentence (voice input) that names one of the tasks owed past its first words.
        if (dc.Text.Hears("whichTask.named", body, out var named) && IntentRecognizer.Values(named!) is var values
            && TaskNumber.From(values) is { Value: { } n } && owed.Any(t => t.Number == n && t.Plan?.Label is null))
        {
            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.BeginDialogAsync(ReportProgressDialog.Name, values, cancellationToken);
        }
        // "需要协调：…" alone is a request for a leader, not progress: the question names what was sent.
        var asked = ReportMessageReader.Read(dc.Text, body, 0, []).CoordinationAlone(dc.Text) is null ? "whichTask.ask" : "whichTask.askCoordination";
        var message = Activity.CreateMessage(dc.Text.Say(asked, ("example", $"{owed[0].Number} {body}")));
        var offered = owed.Take(MessageLimits.Buttons).ToList();
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [.. offered.Select(t => CardAction.ImBack(TaskText.Named(dc.Text, t, 12), $"{t.Number} {body}"))],
        };
        return await dc.OfferTasksAndEndAsync(message, offered.ToDictionary(t => t.Number, t => $"{t.Number} {body}"), cancellationToken);
    }

    private static bool ReadsAsReport(LocaleText text, string body)
    {
        var reading = ReportMessageReader.Read(text, body, 0, []);
        return reading.StatusUnclear || reading.Draft.Status is not null || reading.Draft.Completion is not null
            || ReportMessageReader.HasLabel(text, body);
    }
}
