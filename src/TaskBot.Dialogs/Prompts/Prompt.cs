using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;

namespace TaskBot.Dialogs.Prompts;

/// <summary>
/// Asks a question and waits until the answer is acceptable: a refused answer gets a message saying why and
/// the question again, up to <see cref="PromptOptions.MaxAttempts"/>; after that the prompt ends with null.
/// </summary>
public abstract class Prompt : Dialog
{
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        await AskAsync(dc, PromptOptions.From(options), cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var options = PromptOptions.From(dc.Active!.Options);
        var recognition = Recognize(dc, PromptInput.From(dc.Turn.Activity), options);
        if (recognition.Accepted) return await dc.EndDialogAsync(recognition.Value, cancellationToken);

        var attempts = (dc.Active.Values[AttemptsKey]?.GetValue<int>() ?? 0) + 1;
        dc.Active.Values[AttemptsKey] = attempts;
        if (attempts >= options.MaxAttempts)
        {
            await dc.SayAsync("prompts.giveUp", cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }
        var why = dc.Text.Say(recognition.Problem!, recognition.Args);
        await dc.SendAsync(Activity.CreateMessage(options.Retry is { Length: > 0 } retry ? $"{why}\n{retry}" : why), cancellationToken);
        await AskAsync(dc, options, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        AskAsync(dc, PromptOptions.From(dc.Active!.Options), cancellationToken);

    /// <summary>A command that is also an acceptable answer (a choice's title, a number) is taken as the answer.</summary>
    public override bool Claims(DialogContext dc, string? input) =>
        ClaimsAnswers && Recognize(dc, input, PromptOptions.From(dc.Active!.Options)).Accepted;

    public override bool Refuses(DialogContext dc, string? input) =>
        ClaimsAnswers && !Recognize(dc, input, PromptOptions.From(dc.Active!.Options)).Accepted;

    /// <summary>Whether accepted answers are told from commands; free text is not.</summary>
    protected virtual bool ClaimsAnswers => true;

    protected abstract Recognition Recognize(DialogContext dc, string? input, PromptOptions options);

    protected virtual Task AskAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken) =>
        dc.SendAsync(Activity.CreateMessage(options.Text), cancellationToken);
}
