using System.Globalization;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Text;
using TaskBot.Domain.Reports;

namespace TaskBot.Dialogs.Prompts;

/// <summary>
/// How far a task has got: a percentage from 0 to 100 ("62", "62%"), or, where the task has a numeric target,
/// the current value ("5.1万亩", or "5.1" in the target's unit). Returns {completion, value}.
/// </summary>
public sealed class CompletionPrompt : Prompt
{
    public const string Name = "prompt.completion";
    public override string Id => Name;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options)
    {
        var text = LocaleText.Normalize(input ?? "");
        var target = options.Target is { } t ? TaskTarget.Find(t) : null;
        var isPercent = text.EndsWith('%') || text.EndsWith('％') || target is null;
        if (!isPercent && target!.ReadValue(text) is { } value)
            return Recognition.Accept(new JsonObject { ["completion"] = Math.Min(target.PercentOf(value), 100), ["value"] = $"{value.ToString(CultureInfo.InvariantCulture)}{target.Unit}" });
        return isPercent
            ? NumberPrompt.Read(input, 0, 100, percent => new JsonObject { ["completion"] = percent })
            : Recognition.Refuse("prompts.notAValue", ("target", options.Target));
    }
}
