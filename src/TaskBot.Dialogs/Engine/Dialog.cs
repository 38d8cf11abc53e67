using System.Text.Json.Nodes;

namespace TaskBot.Dialogs.Engine;

/// <summary>A conversation the bot can hold: begun, continued with each message, resumed when a child dialog ends.</summary>
public abstract class Dialog
{
    public abstract string Id { get; }

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks again for what the dialog is waiting for (after an interruption such as 帮助).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Whether the message answers what the dialog waits for, so that a command it also reads as (第11项, 我的任务)
    /// does not interrupt it. Free text is not claimed: a command typed at a text question runs.
    /// </summary>
    public virtual bool Claims(DialogContext dc, string? input) => false;

    /// <summary>
    /// Whether the message is no answer at all to what the dialog waits for (a choice it does not offer), so that
    /// a message the top-level recogniser reads as a command or a whole report is taken as that, not lost.
    /// </summary>
    public virtual bool Refuses(DialogContext dc, string? input) => false;

    /// <summary>
    /// Whether a message it <see cref="Refuses"/> (and no bare 2 / 是) ends it and is read as a new message, as a
    /// menu is left by what is none of its choices (a sentence, a typo), rather than offered again and again.
    /// </summary>
    public virtual bool LetsGoOfOtherMessages => false;

    /// <summary>Whether the dialog keeps files sent while it waits; any other is interrupted so that a file is never lost.</summary>
    public virtual bool TakesFiles => false;

    /// <summary>What to ask to take the dialog up again after an interruption ("继续填写第40项？"); null when it is not kept.</summary>
    public virtual string? ResumeOffer(DialogContext dc, DialogInstance instance) => null;
}
