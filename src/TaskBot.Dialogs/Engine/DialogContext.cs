using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Words;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Engine;

/// <summary>The dialog stack during one turn, and the words of the user's language.</summary>
public sealed class DialogContext(TurnContext turn, DialogState state, BotText words, DialogSet dialogs)
{
    public TurnContext Turn { get; } = turn;
    public DialogState State { get; } = state;
    public LocaleText Text { get; private set; } = words.For(state.Locale ?? state.Stack.LastOrDefault()?.Locale ?? turn.Locale);
    public DialogInstance? Active => State.Stack.Count > 0 ? State.Stack[^1] : null;

    /// <summary>The bound member writing, if any (set by the identity middleware).</summary>
    public Viewer? Viewer => Turn.Items.TryGetValue(typeof(Viewer), out var v) ? (Viewer)v : null;

    /// <summary>Whether the sender of this turn may answer the active dialog (they started it, or nothing is active).</summary>
    public bool SenderOwnsDialog => Active is null || State.OwnerId is null || State.OwnerId == Turn.Activity.From?.Id;

    public async Task<DialogTurnResult> BeginDialogAsync(string id, JsonNode? options, CancellationToken cancellationToken)
    {
        if (State.Stack.Count == 0)
        {
            State.OwnerId = Turn.Activity.From?.Id;
            State.OwnerName = Viewer?.Member.Name ?? Turn.Activity.From?.Name ?? State.OwnerId;
        }
        State.Stack.Add(new DialogInstance { Id = id, Options = options?.DeepClone(), Locale = Text.Locale });
        return await dialogs[id].BeginAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken) =>
        Active is { } active ? dialogs[active.Id].ContinueAsync(this, cancellationToken) : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>Ends the active dialog and hands its result to the one below, if any.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0) State.Stack.RemoveAt(State.Stack.Count - 1);
        return Active is { } parent
            ? await dialogs[parent.Id].ResumeAsync(this, result, cancellationToken)
            : new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public void CancelAll() => State.Stack.Clear();

    /// <summary>Puts the stack aside when its bottom dialog can be taken up again; otherwise drops it.</summary>
    public void SuspendAll()
    {
        if (State.Stack.Count > 0 && ResumeOffer(State.Stack[0]) is not null)
            (State.Suspended, State.SuspendedOwnerId) = ([.. State.Stack], State.OwnerId);
        State.Stack.Clear();
    }

    /// <summary>The question that offers the suspended stack back, if there is one.</summary>
    public string? SuspendedOffer => State.Suspended is [var bottom, ..] && SenderOwnsSuspended ? ResumeOffer(bottom) : null;

    /// <summary>Whether the sender of this turn is the one whose stack was put aside.</summary>
    public bool SenderOwnsSuspended =>
        State.Suspended is not null && (State.SuspendedOwnerId is null || State.SuspendedOwnerId == Turn.Activity.From?.Id);

    /// <summary>Takes the suspended stack up again and asks its question again.</summary>
    public async Task ResumeSuspendedAsync(CancellationToken cancellationToken)
    {
        State.Stack.AddRange(State.Suspended ?? []);
        State.OwnerId = State.SuspendedOwnerId ?? State.OwnerId;
        State.Suspended = null;
        await RepromptAsync(cancellationToken);
    }

    private string? ResumeOffer(DialogInstance instance) => dialogs[instance.Id].ResumeOffer(this, instance);

    public bool ActiveClaims(string? input) => Active is { } active && dialogs[active.Id].Claims(this, input);

    public bool ActiveRefuses(string? input) => Active is { } active && dialogs[active.Id].Refuses(this, input);

    public bool ActiveLetsGo(string? input) => Active is { } active && dialogs[active.Id].LetsGoOfOtherMessages && ActiveRefuses(input);

    public bool ActiveTakesFiles => Active is { } active && dialogs[active.Id].TakesFiles;

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        Active is { } active ? dialogs[active.Id].RepromptAsync(this, cancellationToken) : Task.CompletedTask;

    /// <summary>Switches the language for the rest of the conversation.</summary>
    public void UseLocale(string locale)
    {
        Text = words.For(locale);
        State.Locale = Text.Locale;
        Turn.Locale = Text.Locale;
    }

    public Task SayAsync(string key, CancellationToken cancellationToken, params (string Name, object? Value)[] args) =>
        SendAsync(Activity.CreateMessage(Text.Say(key, args)), cancellationToken);

    /// <summary>Says one message and ends the active dialog: the usual last line of a one-turn dialog.</summary>
    public async Task<DialogTurnResult> SayAndEndAsync(string key, CancellationToken cancellationToken, params (string Name, object? Value)[] args)
    {
        await SayAsync(key, cancellationToken, args);
        return await EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Sends task buttons (task number → what its button sends) and ends the active dialog; the next message
    /// may pick one by its number alone (<see cref="DialogState.TaskButtons"/>).</summary>
    public Task<DialogTurnResult> OfferTasksAndEndAsync(Activity activity, Dictionary<int, string> sends, CancellationToken cancellationToken)
    {
        if (Turn.Activity.From?.Id is { } user) State.TaskButtons = new TaskButtons(user, sends);
        return SendAndEndAsync(activity, cancellationToken);
    }

    /// <summary>Sends one message and ends the active dialog.</summary>
    public async Task<DialogTurnResult> SendAndEndAsync(Activity activity, CancellationToken cancellationToken)
    {
        await SendAsync(activity, cancellationToken);
        return await EndDialogAsync(null, cancellationToken);
    }

    public Task SendAsync(Activity activity, CancellationToken cancellationToken) => Turn.SendAsync(activity, cancellationToken);
}
