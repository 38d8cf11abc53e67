using TaskBot.BotFramework.Schema;

namespace TaskBot.Channels.WeCom;

/// <summary>企业微信 as a channel of the bot: its members' messages as activities, one conversation per member with the app.</summary>
public static class WeComChannel
{
    public const string ChannelId = "wecom";
    public const string ServiceUrl = "urn:taskbot:wecom";

    /// <summary>
    /// The activity for a text message or a card button's click (its key is what the button says), or for a picture,
    /// voice, file or the like, which is not fetched (an attachment naming its kind only); null for other events.
    /// </summary>
    public static Activity? ToActivity(WeComMessage message, string locale)
    {
        var text = message.IsText ? message.Content ?? "" : message.IsButtonClick ? message.EventKey : null;
        if (text is null && message.MsgType == "event") return null;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.DeliveryId,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            // A callback carries the member's UserID only, no name.
            From = new ChannelAccount { Id = message.FromUserName, Role = "user" },
            Recipient = new ChannelAccount { Id = message.AgentId?.ToString(System.Globalization.CultureInfo.InvariantCulture), Role = "bot" },
            Conversation = new ConversationAccount { Id = message.FromUserName, IsGroup = false, ConversationType = "personal" },
            Text = text,
            Attachments = text is null ? [new Attachment { ContentType = message.MsgType, Name = message.MsgType }] : null,
            Locale = locale,
            Timestamp = DateTimeOffset.FromUnixTimeSeconds(message.CreateTime).ToString("O"),
        };
    }
}
