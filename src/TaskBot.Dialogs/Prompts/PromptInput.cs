using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Dialogs.Prompts;

/// <summary>
/// The answer in a message: its text, or for an Adaptive Card Action.Submit (a message with no text) the
/// submitted "answer" field — so a card drives a dialog exactly like a typed answer.
/// </summary>
public static class PromptInput
{
    public const string AnswerField = "answer";

    public static string? From(Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text)) return activity.Text.Trim();
        return activity.Value is JsonObject value && value[AnswerField] is JsonValue answer ? answer.ToString().Trim() : null;
    }
}
