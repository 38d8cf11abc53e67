using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Units;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 协调3 已阅 / 批示 … / 交办 … / 转督查室 / 办结 (a leader or the office), 协调3 答复 … (the unit it was handed to):
/// asks for the instruction, the unit or the reply when the message did not hold it, then records the answer. Without
/// the item's number (批示 同意…) it takes the one open item, or asks which with the instruction kept.
/// </summary>
public sealed class CoordinationAnswerDialog(CoordinationDesk desk) : WaterfallDialog, IRoutedDialog
{
    private sealed record Answer(int Id, CoordinationAction Action);

    public const string Name = "coordinationAnswer";
    public override string Id => Name;
    public string Trigger => "coordination.answer";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [AskAsync, RecordAsync];

    private async Task<DialogTurnResult> AskAsync(WaterfallStep step, CancellationToken ct)
    {
        var t = step.Context.Text;
        var said = step.Options!["action"]!.GetValue<string>();
        var action = Enum.GetValues<CoordinationAction>()
            .First(a => string.Equals(t.Say($"coordination.action{a}"), said, StringComparison.OrdinalIgnoreCase));
        var text = step.Options["text"]?.GetValue<string>().Trim() ?? "";
        int id;
        if (step.Options["id"] is null)
        {
            var open = await desk.OpenToAnswerAsync(step.Context.Viewer!, action, ct);
            if (open.Count != 1) return await AskWhichAsync(step.Context, open, action, text, ct);
            id = open[0].Item.Id;
        }
        else if (!int.TryParse(step.Options["id"]!.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || await desk.FindForAsync(step.Context.Viewer!, id, action, ct) is null)
            return await step.Context.SayAndEndAsync("coordination.notFound", ct, ("id", step.Options["id"]));
        step.Values["answer"] = JsonSerializer.SerializeToNode(new Answer(id, action));
        var ask = action switch
        {
            CoordinationAction.Instruct => "coordination.askInstruction",
            CoordinationAction.Reply => "coordination.askReply",
            CoordinationAction.Assign => "coordination.askUnit",
            _ => null,
        };
        if (ask is null || text.Length > 0) return await step.NextAsync(JsonValue.Create(text));
        return await step.PromptAsync(TextPrompt.Name, new PromptOptions { Text = t.Say(ask, ("id", id)), MaxLength = 500 }, ct);
    }

    /// <summary>"批示 …" with no item number and several open: which one? A button per item, the instruction kept.</summary>
    private static async Task<DialogTurnResult> AskWhichAsync(DialogContext dc, IReadOnlyList<OpenCoordination> open,
        CoordinationAction action, string text, CancellationToken ct)
    {
        var t = dc.Text;
        if (open.Count == 0) return await dc.SayAndEndAsync("coordination.none", ct);
        var name = t.Say($"coordination.action{action}");
        var ask = Activity.CreateMessage(t.Say("coordination.whichItem", ("count", open.Count), ("action", name)) + "\n\n"
            + CoordinationText.Lines(t, open));
        string Command(int id) => $"{t.Say("coordination.command", ("id", id), ("action", name))} {text}".TrimEnd();
        ask.SuggestedActions = new SuggestedActions
        {
            Actions = [.. open.Take(MessageLimits.Buttons).Select(o => CardAction.ImBack(
                CoordinationText.Button(t, o), Command(o.Item.Id)))],
        };
        return await dc.SendAndEndAsync(ask, ct);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result is null) return await step.EndAsync(ct);
        var answer = step.Values["answer"].Deserialize<Answer>()!;
        var text = step.Result.GetValue<string>().Trim();
        Unit? unit = null;
        if (answer.Action == CoordinationAction.Assign && (unit = await desk.FindUnitAsync(text, ct)) is null)
            return await step.Context.SayAndEndAsync("coordination.noSuchUnit", ct, ("name", Markdown.Literal(text)));
        var outcome = await desk.AnswerAsync(step.Context.Viewer!, answer.Id, answer.Action, unit is null ? text : null, unit, ct);
        var t = step.Context.Text;
        return outcome switch
        {
            CoordinationOutcome.AlreadyClosed => await step.Context.SayAndEndAsync("coordination.alreadyClosed", ct, ("id", answer.Id)),
            CoordinationOutcome.NotFound => await step.Context.SayAndEndAsync("coordination.notFound", ct, ("id", answer.Id)),
            _ when answer.Action == CoordinationAction.Close =>
                await step.Context.SayAndEndAsync("coordination.recordedClose", ct, ("id", answer.Id)),
            _ => await step.Context.SayAndEndAsync("coordination.recorded", ct, ("id", answer.Id),
                ("action", t.Say($"coordination.action{answer.Action}"))),
        };
    }
}
