using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;

namespace TaskBot.Dialogs.Prompts;

/// <summary>Yes or no, in the words of dialogs/{locale}/prompts.yaml (是/好的/确认…, yes/ok/sure…).</summary>
public sealed class ConfirmPrompt : Prompt
{
    public const string Name = "prompt.confirm";
    public override string Id => Name;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options) =>
        dc.Text.Hears("prompts.yes", input) ? Recognition.Accept(true)
        : dc.Text.Hears("prompts.no", input) ? Recognition.Accept(false)
        : Recognition.Refuse("prompts.notYesOrNo");

    protected override Task AskAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        var question = Activity.CreateMessage(options.Text);
        question.SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(dc.Text.Say("prompts.yesButton")), CardAction.ImBack(dc.Text.Say("prompts.noButton"))],
        };
        return dc.SendAsync(question, cancellationToken);
    }
}
