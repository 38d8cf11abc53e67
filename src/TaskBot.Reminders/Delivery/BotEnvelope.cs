using TaskBot.BotFramework.Schema;

namespace TaskBot.Reminders.Delivery;

/// <summary>A queued chat message: the activity and the conversation reference it was addressed with.</summary>
public sealed record BotEnvelope(ConversationReference Reference, Activity Activity)
{
    public string Destination => $"bot:{Reference.ChannelId}:{Reference.Conversation.Id}";
    public string ToJson() => ActivityJson.Serialize(this);
    public static BotEnvelope FromJson(string json) => ActivityJson.Deserialize<BotEnvelope>(json) ?? throw new FormatException("empty outbox payload");
}
