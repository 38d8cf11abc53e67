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
}
