using System.Text.Json.Nodes;

namespace TaskBot.BotFramework.Schema;

public sealed class CardAction
{
    public string Type { get; set; } = "imBack";
    public string? Title { get; set; }
    public JsonNode? Value { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public string? Image { get; set; }

    public static CardAction ImBack(string title, string? value = null) => new() { Title = title, Value = value ?? title };
}
