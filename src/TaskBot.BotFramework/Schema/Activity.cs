using System.Text.Json;
using System.Text.Json.Nodes;

namespace TaskBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity. Timestamps stay strings: channels differ in how they write them and the bot
/// does not rely on them. Unknown fields are accepted and ignored.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Timestamp { get; set; }
    public string? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Locale { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public string? AttachmentLayout { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public JsonElement? ChannelData { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public string? InputHint { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? Code { get; set; }
    public string? DeliveryMode { get; set; }
    public string? Speak { get; set; }
    public string? Summary { get; set; }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>The reference to this activity's conversation, as the bot sees it.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ChannelId = ChannelId ?? "",
        ServiceUrl = ServiceUrl ?? "",
        Conversation = Conversation ?? new ConversationAccount(),
        Bot = Recipient,
        User = From,
        ActivityId = Id,
        Locale = Locale,
    };

    /// <summary>Addresses this activity into a conversation: as a reply when <paramref name="replyToId"/> is given.</summary>
    public Activity ApplyConversationReference(ConversationReference reference, string? replyToId = null)
    {
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        From = reference.Bot;
        Recipient = reference.User;
        Locale ??= reference.Locale;
        ReplyToId = replyToId;
        Id = null;
        return this;
    }

    /// <summary>What a channel is sent: no empty collections, no id (the channel gives one), a type.</summary>
    public Activity PrepareForSending()
    {
        if (Attachments is { Count: 0 }) Attachments = null;
        if (Entities is { Count: 0 }) Entities = null;
        if (SuggestedActions is { Actions.Count: 0 }) SuggestedActions = null;
        Type ??= ActivityTypes.Message;
        Id = null;
        return this;
    }
}
