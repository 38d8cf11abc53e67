using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;

namespace TaskBot.Dialogs.Prompts;

/// <summary>The Adaptive Cards the prompts send.</summary>
public static class AdaptiveCards
{
    public static Attachment Choice(string question, IEnumerable<Choice> choices) => new()
    {
        ContentType = Attachment.AdaptiveCard,
        Content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.3",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = question, ["wrap"] = true }),
            ["actions"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = c.Title,
                ["data"] = new JsonObject { [PromptInput.AnswerField] = c.Value },
            })]),
        },
    };
}
