using System.Text.Json.Nodes;

namespace TaskBot.BotFramework.Schema;

public sealed class Attachment
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";

    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }
}
