using System.Globalization;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;

namespace TaskBot.Dialogs.Prompts;

/// <summary>A number within the prompt's range; "85", "85%", "８５％" and "85.5" are all read.</summary>
public sealed class NumberPrompt : Prompt
{
    public const string Name = "prompt.number";
    public override string Id => Name;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options) =>
        Read(input, options.Min, options.Max, number => number);

    /// <summary>Reads a number within [min, max], a trailing % allowed; shared with the completion prompt.</summary>
    public static Recognition Read(string? input, decimal? min, decimal? max, Func<decimal, System.Text.Json.Nodes.JsonNode> value)
    {
        var text = LocaleText.Normalize(input ?? "").TrimEnd('%', '％').Trim();
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return Recognition.Refuse("prompts.notANumber", ("input", input));
        if (number < (min ?? decimal.MinValue) || number > (max ?? decimal.MaxValue))
            return Recognition.Refuse("prompts.outOfRange", ("min", min), ("max", max));
        return Recognition.Accept(value(number));
    }
}
