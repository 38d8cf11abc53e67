using TaskBot.BotFramework.Schema;

namespace TaskBot.Channels.DingTalk;

/// <summary>钉钉 as a channel of the bot: a robot's messages as activities; the conversation is 钉钉's own (one-to-one or a group).</summary>
public static class DingTalkChannel
{
    public const string ChannelId = "dingtalk";
    public const string ServiceUrl = "urn:taskbot:dingtalk";

    /// <summary>The activity for what a member wrote (a text, the text of a rich text); null for anything else.</summary>
    public static Activity? ToActivity(DingTalkMessage message, string locale)
    {
        if (message.Written is not { } text) return null;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = message.MsgId,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            From = new ChannelAccount { Id = message.SenderStaffId, Name = message.SenderNick ?? message.SenderStaffId, Role = "user" },
            Recipient = new ChannelAccount { Id = message.RobotCode, Role = "bot" },
            Conversation = new ConversationAccount
            {
                Id = message.ConversationId, IsGroup = message.IsGroup, ConversationType = message.IsGroup ? "groupChat" : "personal",
            },
            // In a group the robot is called by @name, which 钉钉 leaves out of the content; only spaces remain.
            Text = text.Trim(),
            Locale = locale,
        };
    }
}
