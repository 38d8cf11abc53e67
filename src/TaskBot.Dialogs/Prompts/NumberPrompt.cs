using System.Globalization;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Text;

namespace TaskBot.Dialogs.Prompts;

/// <summary>A number within the prompt's range; "85", "85%", "８５％" and "85.5" are all read.</summary>
public sealed class NumberPrompt : Prompt
{
    public const string Name = "prompt.number";
    public override string Id => Name;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options)
    {
        var text = LocaleText.Normalize(input ?? "").TrimEnd('%', '％').Trim();
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
            return Recognition.Refuse("prompts.notANumber", ("input", input));
        if (number < (options.Min ?? decimal.MinValue) || number > (options.Max ?? decimal.MaxValue))
            return Recognition.Refuse("prompts.outOfRange", ("min", options.Min), ("max", options.Max));
        return Recognition.Accept(number);
    }
}
