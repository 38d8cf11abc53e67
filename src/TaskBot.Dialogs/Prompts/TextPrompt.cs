using TaskBot.Dialogs.Engine;

namespace TaskBot.Dialogs.Prompts;

/// <summary>Free text, not empty and not longer than the prompt allows.</summary>
public sealed class TextPrompt : Prompt
{
    public const string Name = "prompt.text";
    public override string Id => Name;
    protected override bool ClaimsAnswers => false;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options) =>
        string.IsNullOrWhiteSpace(input) ? Recognition.Refuse("prompts.emptyText")
        : input.Length > options.MaxLength ? Recognition.Refuse("prompts.tooLong", ("max", options.MaxLength))
        : Recognition.Accept(input);
}
