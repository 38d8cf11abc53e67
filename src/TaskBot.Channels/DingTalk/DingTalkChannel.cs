using TaskBot.BotFramework.Schema;

namespace TaskBot.Channels.DingTalk;

/// <summary>钉钉 as a channel of the bot: a robot's messages as activities; the conversation is 钉钉's own (one-to-one or a group).</summary>
public static class DingTalkChannel
{
    public const string ChannelId = "dingtalk";
    public const string ServiceUrl = "urn:taskbot:dingtalk";

    /// <summary>
    /// The one-to-one chat with a member as the robot API reaches it, by staff id alone: for a member who wrote to the
    /// robot only in groups (@robot), whose reminders and notices are not the group's business. Its conversation id is
    /// ours, not 钉钉's, so no session webhook is ever looked up for it.
    /// </summary>
    public static ConversationReference Personal(string staffId, string? name, string? locale) => new()
    {
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = "staff:" + staffId, IsGroup = false, ConversationType = "personal" },
        User = new ChannelAccount { Id = staffId, Name = name, Role = "user" },
        Locale = locale,
    };

    /// <summary>
    /// The activity for what a member wrote (a text, the text of a rich text), or for a picture, file or voice, which is
    /// not fetched (an attachment naming its kind only); null for a body without a kind.
    /// </summary>
    public static Activity? ToActivity(DingTalkMessage message, string locale)
    {
        if (message.Msgtype is null) return null;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.MsgId,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            From = new ChannelAccount { Id = message.SenderStaffId, Name = message.SenderNick, Role = "user" },
            Recipient = new ChannelAccount { Id = message.RobotCode, Role = "bot" },
            Conversation = new ConversationAccount
            {
                Id = message.ConversationId, IsGroup = message.IsGroup, ConversationType = message.IsGroup ? "groupChat" : "personal",
            },
            // In a group the robot is called by @name, which 钉钉 leaves out of the content; only spaces remain.
            Text = message.Written?.Trim(),
            Attachments = message.Written is null ? [new Attachment { ContentType = message.Msgtype, Name = message.Msgtype }] : null,
            Locale = locale,
        };
    }
}
