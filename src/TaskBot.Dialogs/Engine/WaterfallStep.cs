using System.Text.Json.Nodes;

namespace TaskBot.Dialogs.Engine;

/// <summary>One step of a waterfall: what the previous step's prompt returned, and the values gathered so far.</summary>
public sealed class WaterfallStep(DialogContext context, DialogInstance instance, JsonNode? result, Func<JsonNode?, Task<DialogTurnResult>> next)
{
    public DialogContext Context { get; } = context;
    public JsonObject Values => instance.Values;
    public JsonNode? Options => instance.Options;

    /// <summary>The previous prompt's answer; null when the user gave up after too many tries.</summary>
    public JsonNode? Result { get; } = result;

    public Task<DialogTurnResult> PromptAsync(string promptId, PromptOptions options, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(promptId, options.ToJson(), cancellationToken);

    /// <summary>Goes straight on to the next step, as if a prompt had answered <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result) => next(result);

    public Task<DialogTurnResult> EndAsync(CancellationToken cancellationToken, JsonNode? result = null) =>
        Context.EndDialogAsync(result, cancellationToken);

    /// <summary>Says one message and ends the dialog.</summary>
    public async Task<DialogTurnResult> SayAndEndAsync(string key, CancellationToken cancellationToken, params (string Name, object? Value)[] args)
    {
        await Context.SayAsync(key, cancellationToken, args);
        return await EndAsync(cancellationToken);
    }
}
