using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Words;

namespace TaskBot.Dialogs.Prompts;

/// <summary>
/// One of a list: by its title, its value, a synonym, its number in the list, or a part of one title only. Offered as suggested-action
/// buttons or as an Adaptive Card whose buttons submit the choice's value.
/// </summary>
public sealed class ChoicePrompt : Prompt
{
    public const string Name = "prompt.choice";
    public override string Id => Name;

    public override bool LetsGoOfOtherMessages => true;

    protected override Recognition Recognize(DialogContext dc, string? input, PromptOptions options)
    {
        var answer = LocaleText.Normalize(input ?? "");
        var choice = options.Choices.FirstOrDefault(c => Names(c).Any(n => LocaleText.Normalize(n) == answer))
            ?? (int.TryParse(answer, out var i) && i >= 1 && i <= options.Choices.Count ? options.Choices[i - 1] : null)
            ?? OnlyOneContaining(options.Choices, answer);
        return choice is null
            ? Recognition.Refuse("prompts.notAChoice", ("choices", string.Join(" / ", options.Choices.Select(c => c.Title))))
            : Recognition.Accept(choice.Value);
    }

    protected override Task AskAsync(DialogContext dc, PromptOptions options, CancellationToken cancellationToken)
    {
        var question = Activity.CreateMessage(options.Text);
        if (options.Style == ChoiceStyle.AdaptiveCard)
        {
            question.Text = null;
            question.Attachments = [AdaptiveCards.Choice(options.Text, options.Choices)];
        }
        else
        {
            question.SuggestedActions = new SuggestedActions { Actions = [.. options.Choices.Select(c => CardAction.ImBack(c.Title))] };
        }
        return dc.SendAsync(question, cancellationToken);
    }

    // 水利局 for 王五（旗水利局，test）, 滞后 for 哪些任务滞后: a part of one choice's title, and of no other.
    private static Choice? OnlyOneContaining(IReadOnlyList<Choice> choices, string answer) =>
        answer.Length < 2 || answer.All(char.IsAsciiDigit) ? null
        : choices.Where(c => Names(c).Any(n => LocaleText.Normalize(n).Contains(answer, StringComparison.Ordinal))).ToList() is [var one]
            ? one : null;

    private static IEnumerable<string> Names(Choice choice) => [choice.Title, choice.Value, .. choice.Synonyms ?? []];
}
