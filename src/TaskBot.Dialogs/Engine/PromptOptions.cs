using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaskBot.Dialogs.Engine;

public enum ChoiceStyle
{
    SuggestedActions,
    AdaptiveCard,
}

/// <summary>A choice offered by a prompt: what is shown, what it returns, other words that pick it.</summary>
public sealed record Choice(string Value, string Title, IReadOnlyList<string>? Synonyms = null);

/// <summary>What a prompt asks, in the user's language already, and what answers it accepts.</summary>
public sealed class PromptOptions
{
    public string Text { get; set; } = "";

    /// <summary>Said before asking again after an answer that was not accepted (the prompt adds why).</summary>
    public string? Retry { get; set; }

    public List<Choice> Choices { get; set; } = [];
    public ChoiceStyle Style { get; set; } = ChoiceStyle.SuggestedActions;
    public decimal? Min { get; set; }
    public decimal? Max { get; set; }
    public int MaxLength { get; set; } = 2000;
    public int MaxAttempts { get; set; } = 3;

    /// <summary>For a text prompt: what the answer should say ("退回的原因"), told again when only 是 / 否 comes back.</summary>
    public string? Content { get; set; }

    /// <summary>For a completion prompt: the task's numeric target ("8.2万亩"), when it has one.</summary>
    public string? Target { get; set; }

    public JsonNode ToJson() => JsonSerializer.SerializeToNode(this, DialogJson.Options)!;

    public static PromptOptions From(JsonNode? node) => node?.Deserialize<PromptOptions>(DialogJson.Options) ?? new PromptOptions();
}
