using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;
using TaskBot.Domain.Reports;

namespace TaskBot.Dialogs.Prompts;

/// <summary>
/// How far a task has got: a percentage from 0 to 100 ("62", "62%"), or, where the task has a numeric target,
/// the current value ("5.1万亩", or "5.1" in the target's unit). A value above the target is not taken as it
/// stands: the prompt asks whether it was a percentage, and takes the value once it is given again.
/// Returns {completion, value}.
/// </summary>
public sealed class CompletionPrompt : Prompt
{
    public const string Name = "prompt.completion";
    private const string AboveTarget = "aboveTarget";
    public override string Id => Name;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options)
    {
        var text = LocaleText.Normalize(input ?? "");
        var target = options.Target is { } t ? TaskTarget.Find(t) : null;
        var asked = dc.Active!.Values[AboveTarget]?.GetValue<decimal>();
        dc.Active.Values.Remove(AboveTarget);
        var isPercent = text.EndsWith('%') || text.EndsWith('％') || target is null;
        if (!isPercent && target!.ReadValue(text) is { } value)
        {
            if (value > target.Amount && value != asked)
            {
                dc.Active.Values[AboveTarget] = value;
                return Recognition.Refuse("prompts.aboveTarget", ("value", Number(value)), ("target", options.Target), ("unit", target.Unit));
            }
            return Recognition.Accept(new JsonObject { ["completion"] = Math.Min(target.PercentOf(value), 100), ["value"] = Number(value) + target.Unit });
        }
        return isPercent
            ? NumberPrompt.Read(input, 0, 100, percent => new JsonObject { ["completion"] = percent })
            : Recognition.Refuse("prompts.notAValue", ("target", options.Target));
    }

    /// <summary>After a value above the target, the question comes with the two readings as buttons.</summary>
    protected override Task AskAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        if (dc.Active?.Values[AboveTarget]?.GetValue<decimal>() is not { } value || options.Target is not { } t || TaskTarget.Find(t) is not { } target)
            return base.AskAsync(dc, options, cancellationToken);
        var question = Activity.CreateMessage(options.Text);
        question.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(Number(value) + "%"), CardAction.ImBack(Number(value) + target.Unit)] };
        return dc.SendAsync(question, cancellationToken);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
