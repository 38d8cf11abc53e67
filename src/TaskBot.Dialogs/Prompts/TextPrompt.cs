using TaskBot.Dialogs.Engine;

namespace TaskBot.Dialogs.Prompts;

/// <summary>Free text, not empty, not longer than the prompt allows, and not a bare 是 / 否 where it asks for content.</summary>
public sealed class TextPrompt : Prompt
{
    public const string Name = "prompt.text";
    public override string Id => Name;
    protected override bool ClaimsAnswers => false;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options) =>
        string.IsNullOrWhiteSpace(input) ? Recognition.Refuse("prompts.emptyText")
        : input.Length > options.MaxLength ? Recognition.Refuse("prompts.tooLong", ("max", options.MaxLength))
        : options.Content is { } content && BareAnswer.Is(dc.Text, input)
            ? Recognition.Refuse("prompts.bareAnswer", ("content", content), ("input", input.Trim()))
        : Recognition.Accept(input);
}
