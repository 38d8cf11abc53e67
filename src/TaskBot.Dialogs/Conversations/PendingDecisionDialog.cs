using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Domain.Loop;
using TaskBot.Domain.People;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// A bare 同意 / 不同意 (with a remark after a comma) from whoever decides: with one request waiting for them — a 延期
/// to decide or a 需协调事项 not answered yet — it is that one (a 需协调事项 gets it as 批示); with several, which one, a button each.
/// </summary>
public sealed class PendingDecisionDialog(ExtensionDesk extensions, CoordinationDesk coordination) : Dialog, IRoutedDialog
{
    public override string Id => "pendingDecision";
    public string Trigger => "extension.bareDecide";

    // Too loose to interrupt another dialog: 同意 there is that dialog's answer.
    public string? Command => null;

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var t = dc.Text;
        if (dc.Viewer!.Member.Role == MemberRole.UnitReporter) return await UnitAsync(dc, cancellationToken);
        var approve = string.Equals(options!["action"]!.GetValue<string>(), t.Say("extension.approveButton"), StringComparison.OrdinalIgnoreCase);
        var remark = options["remark"]?.GetValue<string>().Trim() ?? "";
        var pending = await extensions.PendingForAsync(dc.Viewer!, cancellationToken);
        // A request already answered (批示, 交办…) waits for its 办结, not for a 同意; and it waits for its leaders:
        // the office's 同意 is no 批示 of theirs.
        var open = dc.Viewer!.Member.Role != MemberRole.Leader ? []
            : (await coordination.OpenToAnswerAsync(dc.Viewer, CoordinationAction.Instruct, cancellationToken))
                .Where(o => o.Item.LastAction is null).ToList();
        var instruction = dc.Turn.Activity.Text?.Trim() ?? "";
        var instruct = t.Say("coordination.actionInstruct");
        var choices = pending.Select(r =>
            (Title: t.Say("extension.pendingButton", ("id", r.Id), ("number", r.TaskNumber), ("new", TaskText.Date(t, r.NewDeadline))),
             Command: $"{t.Say(approve ? "extension.approveCommand" : "extension.refuseCommand", ("id", r.Id))} {remark}".TrimEnd()))
            .Concat(open.Select(o => (Title: CoordinationText.Button(t, o),
                Command: $"{t.Say("coordination.command", ("id", o.Item.Id), ("action", instruct))} {instruction}")))
            .ToList();
        if (choices.Count == 0) return await dc.SayAndEndAsync("extension.nonePending", cancellationToken);
        if (choices.Count == 1)
        {
            await dc.EndDialogAsync(null, cancellationToken);
            return pending.Count == 1
                ? await dc.BeginDialogAsync(ExtensionDecisionDialog.Name, new JsonObject
                {
                    ["id"] = pending[0].Id.ToString(CultureInfo.InvariantCulture),
                    ["action"] = options["action"]!.GetValue<string>(), ["remark"] = remark,
                }, cancellationToken)
                : await dc.BeginDialogAsync(CoordinationAnswerDialog.Name, new JsonObject
                {
                    ["id"] = open[0].Item.Id.ToString(CultureInfo.InvariantCulture),
                    ["action"] = instruct, ["text"] = instruction,
                }, cancellationToken);
        }
        var ask = Activity.CreateMessage(t.Say("extension.whichPending", ("count", choices.Count), ("said", Markdown.Literal(instruction))));
        ask.SuggestedActions = new SuggestedActions
        {
            Actions = [.. choices.Take(MessageLimits.Buttons).Select(c => CardAction.ImBack(c.Title, c.Command))],
        };
        return await dc.SendAndEndAsync(ask, cancellationToken);
    }

    // A unit approves nothing: what waits for it is a request handed to it (交办), answered with 答复.
    private async Task<DialogTurnResult> UnitAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var assigned = await coordination.OpenToAnswerAsync(dc.Viewer!, CoordinationAction.Reply, cancellationToken);
        return assigned.Count == 0 ? await dc.SayAndEndAsync("extension.unitNothingWaiting", cancellationToken)
            : await dc.SayAndEndAsync("extension.unitAssignedWaiting", cancellationToken, ("count", assigned.Count),
                ("command", dc.Text.Say("coordination.command", ("id", assigned[0].Item.Id), ("action", dc.Text.Say("coordination.actionReply")))));
    }
}
