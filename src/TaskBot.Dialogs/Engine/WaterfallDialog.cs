using System.Text.Json.Nodes;

namespace TaskBot.Dialogs.Engine;

/// <summary>
/// A dialog written as the conversation reads: a list of steps, each usually ending in a prompt whose answer
/// the next step receives. The step index lives in the persisted state, so a restart resumes at the same step.
/// </summary>
public abstract class WaterfallDialog : Dialog
{
    protected abstract IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps { get; }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken) =>
        RunStepAsync(dc, 0, null, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, JsonNode? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, dc.Active!.Step + 1, result, cancellationToken);

    private Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, JsonNode? result, CancellationToken cancellationToken)
    {
        var instance = dc.Active!;
        instance.Step = index;
        return index < Steps.Count
            ? Steps[index](new WaterfallStep(dc, instance, result, next => RunStepAsync(dc, index + 1, next, cancellationToken)), cancellationToken)
            : dc.EndDialogAsync(result, cancellationToken);
    }
}
