using System.Text;
using System.Text.Json;

namespace TaskBot.BotFramework.Schema;

/// <summary>
/// An activity addressed to its conversation and written as the channel receives it (UTF-8 JSON). The outbox keeps
/// messages this way, so a send posts the stored bytes: reading the activity back and writing it again cost more CPU
/// than the post. Where it goes is read from its own fields without building the activity.
/// </summary>
public sealed class PostedActivity
{
    private PostedActivity(byte[] json, string serviceUrl, string channelId, string conversationId, string? replyToId) =>
        (Json, ServiceUrl, ChannelId, ConversationId, ReplyToId) = (json, serviceUrl, channelId, conversationId, replyToId);

    public byte[] Json { get; }
    public string ServiceUrl { get; }
    public string ChannelId { get; }
    public string ConversationId { get; }

    /// <summary>The activity this one answers (posted as a reply), or null.</summary>
    public string? ReplyToId { get; }

    /// <summary>The activity addressed with the reference (a reply when it has a replyToId) and prepared for sending.</summary>
    public static PostedActivity Create(ConversationReference to, Activity activity)
    {
        activity.ApplyConversationReference(to, activity.ReplyToId).PrepareForSending();
        return new(ActivityJson.SerializeToUtf8Bytes(activity), to.ServiceUrl, to.ChannelId, to.Conversation.Id ?? "", activity.ReplyToId);
    }

    /// <summary>A posted activity's JSON; null for JSON that is not one (no serviceUrl, channelId or conversation id).</summary>
    public static PostedActivity? Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    /// <summary>A posted activity's UTF-8 JSON (kept, not copied); null for JSON that is not one.</summary>
    public static PostedActivity? Read(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        string? serviceUrl = null, channelId = null, conversationId = null, replyToId = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("serviceUrl"u8)) serviceUrl = StringValue(ref reader);
            else if (reader.ValueTextEquals("channelId"u8)) channelId = StringValue(ref reader);
            else if (reader.ValueTextEquals("replyToId"u8)) replyToId = StringValue(ref reader);
            else if (reader.ValueTextEquals("conversation"u8)) conversationId = IdOf(ref reader);
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return serviceUrl is null || channelId is null || conversationId is null ? null
            : new PostedActivity(bytes, serviceUrl, channelId, conversationId, replyToId);
    }

    /// <summary>The JSON as the outbox stores it.</summary>
    public string Text => Encoding.UTF8.GetString(Json);

    /// <summary>The activity and the reference it was addressed with, for channels that take objects, not JSON.</summary>
    public (ConversationReference To, Activity Activity) ToActivity()
    {
        var activity = ActivityJson.Deserialize<Activity>(Json) ?? throw new JsonException("a posted activity is null");
        var to = new ConversationReference
        {
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            Conversation = activity.Conversation!,
            Bot = activity.From,
            User = activity.Recipient,
            Locale = activity.Locale,
        };
        return (to, activity);
    }

    private static string? StringValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String) return reader.GetString();
        reader.Skip();
        return null;
    }

    private static string? IdOf(ref Utf8JsonReader conversation)
    {
        conversation.Read();
        if (conversation.TokenType != JsonTokenType.StartObject)
        {
            conversation.Skip();
            return null;
        }
        string? id = null;
        while (conversation.Read() && conversation.TokenType == JsonTokenType.PropertyName)
            if (conversation.ValueTextEquals("id"u8)) id = StringValue(ref conversation);
            else
            {
                conversation.Read();
                conversation.Skip();
            }
        return id;
    }
}
