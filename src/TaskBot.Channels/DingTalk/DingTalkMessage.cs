using System.Text.Json;
using System.Text.Json.Serialization;

namespace TaskBot.Channels.DingTalk;

/// <summary>A robot callback (接收消息的消息协议): who wrote what in which conversation, and the webhook to answer it by.</summary>
public sealed class DingTalkMessage
{
    public string? MsgId { get; set; }
    public string? Msgtype { get; set; }
    public TextContent? Text { get; set; }

    /// <summary>Other kinds' content; for richText (text typed around a picture or with formatting) its parts.</summary>
    public JsonElement? Content { get; set; }
    public string? SenderStaffId { get; set; }
    public string? SenderNick { get; set; }
    public string? ConversationId { get; set; }

    /// <summary>"1": one-to-one with the robot; "2": a group.</summary>
    public string? ConversationType { get; set; }
    public string? SessionWebhook { get; set; }

    /// <summary>Unix milliseconds.</summary>
    public long SessionWebhookExpiredTime { get; set; }
    public string? RobotCode { get; set; }

    public bool IsGroup => ConversationType == "2";

    /// <summary>What the member wrote: a text's content, or a rich text's text parts one a line; null for anything else (a picture alone).</summary>
    public string? Written => Msgtype switch
    {
        "text" => Text?.Content,
        "richText" when Content is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty("richText", out var parts)
            && parts.ValueKind == JsonValueKind.Array =>
            string.Join("\n", parts.EnumerateArray().Select(TextOf).OfType<string>()) is { Length: > 0 } t ? t : null,
        _ => null,
    };

    // A rich text's part is {"text": …} or a picture ({"type": "picture", "downloadCode": …}), which is left out.
    private static string? TextOf(JsonElement part) => part.ValueKind == JsonValueKind.Object
        && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

    public sealed class TextContent
    {
        public string? Content { get; set; }
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Null when the body is not a message from a member.</summary>
    public static DingTalkMessage? Parse(byte[] body)
    {
        try
        {
            var message = JsonSerializer.Deserialize<DingTalkMessage>(body, Json);
            return message is { MsgId.Length: > 0, SenderStaffId.Length: > 0, ConversationId.Length: > 0 } ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
