using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Dialogs.Conversations;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;

namespace TaskBot.Dialogs;

/// <summary>
/// The bot behind the protocol: loads the conversation's dialog stack, lets 取消/cancel and 帮助/help interrupt
/// any step, continues the active dialog or starts the one the message asks for, and saves the stack. A command
/// typed while a dialog waits runs; a report being written is put aside and offered back ("继续填写第40项？").
/// </summary>
public sealed class DialogBot(DialogSet dialogs, IntentRecognizer intents, BotText text, IConversationStateStore states, ILogger<DialogBot> log)
    : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        var stored = turn.Items.TryGetValue(typeof(TurnStart), out var start) ? ((TurnStart)start).State
            : await states.LoadAsync(a.ChannelId!, a.Conversation!.Id!, cancellationToken);
        var state = stored is null
            ? new DialogState()
            : JsonSerializer.Deserialize<DialogState>(stored.Json, DialogJson.Options) ?? new DialogState();
        var dc = new DialogContext(turn, state, text, dialogs);
        turn.Locale = dc.Text.Locale;
        try
        {
            await DispatchAsync(dc, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && !StaleTurnException.In(e))
        {
            log.LogError(e, "Turn failed in dialog {Dialog}", dc.Active?.Id);
            dc.CancelAll();
            await dc.SayAsync("common.error", cancellationToken);
        }
        var json = JsonSerializer.Serialize(state, DialogJson.Options);
        // A conflict (another turn saved first) is logged by the store, which may learn of it only at the commit.
        await states.SaveAsync(a.ChannelId!, a.Conversation!.Id!, json, stored?.Version, cancellationToken);
    }

    private async Task DispatchAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var activity = dc.Turn.Activity;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            if (activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id && m.Role != "bot") == true)
                await dc.SendAsync(WelcomeMessage.For(dc.Text), cancellationToken);
            return;
        }
        if (!activity.IsType(ActivityTypes.Message)) return;
        // A picture or file the platform keeps to itself: the dialog waiting for an answer waits on, told what to send.
        if (AttachmentFiles.OnlyUnfetched(activity))
        {
            await dc.SayAsync("channels.textOnly", cancellationToken);
            return;
        }
        var input = Prompts.PromptInput.From(activity);
        var offered = dc.State.TaskButtons;
        dc.State.TaskButtons = null;
        if (!dc.SenderOwnsDialog)
        {
            await dc.SayAsync("common.notYours", cancellationToken, ("name", Markdown.Literal(dc.State.OwnerName)));
            return;
        }
        if (dc.Text.Hears("common.cancel", input)) { await CancelAsync(dc, cancellationToken); return; }
        if (BareCode(dc, input) is { } code)
        {
            dc.CancelAll();
            await dc.BeginDialogAsync("bind", new JsonObject { ["code"] = code }, cancellationToken);
            return;
        }
        if (dc.Active is not null && dc.Text.Hears("common.help", input))
        {
            await dc.SayAsync("common.helpWhileBusy", cancellationToken);
            await dc.RepromptAsync(cancellationToken);
            return;
        }
        // A file sent while a dialog waits for something else (a date, a choice) is taken, not dropped.
        if (dc.Active is not null && !dc.ActiveTakesFiles && intents.Taking(activity) is { } taking)
        {
            dc.SuspendAll();
            await BeginAsync(dc, taking, cancellationToken);
        }
        else if (dc.Active is not null && !dc.ActiveClaims(input) && Interruption(dc, input) is { } command)
        {
            dc.SuspendAll();
            await BeginAsync(dc, command, cancellationToken);
        }
        else if (dc.Active is not null && dc.ActiveLetsGo(input) && !IsBare(dc.Text, input))
        {
            dc.SuspendAll();
            await RouteAsync(dc, input, cancellationToken);
        }
        else if (dc.Active is not null) await dc.ContinueDialogAsync(cancellationToken);
        else if (dc.SenderOwnsSuspended && dc.Text.Hears("common.resume", input)) { await dc.ResumeSuspendedAsync(cancellationToken); return; }
        else await RouteAsync(dc, Picked(dc, offered, input) ?? input, cancellationToken);
        if (dc.Active is null && dc.SuspendedOffer is { } offer) await OfferSuspendedAsync(dc, offer, cancellationToken);
    }

    /// <summary>
    /// A command typed while a dialog waits: an interrupting phrase, or — where the message is no answer to the
    /// question (not one of the choices) — whatever the top-level recogniser would start (33 无变化, a whole report).
    /// A bare 2 / 是 / 无变化 / 同意（，意见） stays a wrong answer to the question, asked again.
    /// </summary>
    private Intent? Interruption(DialogContext dc, string? input) =>
        intents.Recognize(dc.Text, input, commandsOnly: true)
        ?? (dc.ActiveRefuses(input) && !IsBare(dc.Text, input) && intents.Recognize(dc.Text, input) is { Route: not null } intent
            ? intent : null);

    private static bool IsBare(LocaleText text, string? input) =>
        input is null || input.Trim().All(char.IsAsciiDigit) || Prompts.BareAnswer.Is(text, input) || text.Hears("report.unchanged", input)
        || text.Hears("extension.bareDecide", input);

    /// <summary>
    /// A binding code pasted alone by someone not yet bound. Codes are handed out in capitals; a lower-case word
    /// such as "thursday" is not taken for one, so it does not count as a wrong code against the sender.
    /// </summary>
    private static string? BareCode(DialogContext dc, string? input) =>
        dc.Viewer is null ? BindingCode.PastedAlone(dc.Text, input) : null;

    /// <summary>What the offered task button sends whose number the message names alone.</summary>
    private string? Picked(DialogContext dc, TaskButtons? offered, string? input) =>
        offered is not null && offered.UserId == dc.Turn.Activity.From?.Id
        && NumberAlone(dc, input) is { } number && offered.Sends.TryGetValue(number, out var sends) ? sends : null;

    /// <summary>A task's number said alone: 22, 第22项, #22, or 二十二 as voice input writes it.</summary>
    private int? NumberAlone(DialogContext dc, string? input) =>
        intents.Recognize(dc.Text, input) is { Name: TaskDetailDialog.Name } detail
            ? TaskNumber.From(detail.Values) is { List: null, Value: { } number } ? number : null
            : input is not null && Domain.Plans.ChineseNumber.TryParse(LocaleText.Normalize(input), out var chinese) ? chinese : null;

    private async Task RouteAsync(DialogContext dc, string? input, CancellationToken cancellationToken)
    {
        if ((intents.Taking(dc.Turn.Activity) ?? intents.Recognize(dc.Text, input)) is { } intent) await BeginAsync(dc, intent, cancellationToken);
        else if (dc.Viewer is { MayReport: true } && input is { Length: > 0 })
            await dc.BeginDialogAsync(Conversations.WhichTaskDialog.Name, new JsonObject { ["body"] = input }, cancellationToken);
        else await dc.SayAsync(dc.Viewer is null ? "common.notBound" : "common.unknown", cancellationToken);
    }

    private static async Task BeginAsync(DialogContext dc, Intent intent, CancellationToken cancellationToken)
    {
        if (intent.Route is null) await dc.SayAsync(dc.Viewer is null ? "common.notBound" : "common.notServed", cancellationToken);
        else if (intent.Route.ForMembersOnly && dc.Viewer is null) await dc.SayAsync("common.notBound", cancellationToken);
        else await dc.BeginDialogAsync(intent.Name, intent.Values, cancellationToken);
    }

    private static Task OfferSuspendedAsync(DialogContext dc, string offer, CancellationToken cancellationToken)
    {
        var message = Activity.CreateMessage(offer);
        message.SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(dc.Text.Say("common.resumeButton")), CardAction.ImBack(dc.Text.Say("common.discardButton"))],
        };
        return dc.SendAsync(message, cancellationToken);
    }

    private static async Task CancelAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var busy = dc.Active is not null || dc.SenderOwnsSuspended;
        if (dc.SenderOwnsSuspended) dc.State.Suspended = null;
        dc.CancelAll();
        await dc.SayAsync(busy ? "common.cancelled" : "common.nothingToCancel", cancellationToken);
    }
}
