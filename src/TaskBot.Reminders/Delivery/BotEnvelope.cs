using System.Text;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Reminders.Delivery;

/// <summary>
/// A queued chat message: the activity and the conversation reference it is addressed with. The outbox stores it as
/// posted (<see cref="PostedActivity"/>); rows queued before that hold {"reference", "activity"} and are read as well.
/// </summary>
public sealed record BotEnvelope(ConversationReference Reference, Activity Activity)
{
    public string Destination => Data.Outbox.OutboxDestination.Conversation(Reference.ChannelId, Reference.Conversation.Id);

    /// <summary>The outbox's payload: the activity addressed and prepared, as the channel receives it.</summary>
    public string ToJson() => PostedActivity.Create(Reference, Activity).Text;

    /// <summary>What a payload posts.</summary>
    public static PostedActivity Posted(string json) => Posted(Encoding.UTF8.GetBytes(json));

    /// <summary>What a payload read as UTF-8 (as a claim reads it) posts.</summary>
    public static PostedActivity Posted(byte[] json)
    {
        if (PostedActivity.Read(json) is { } posted) return posted;
        var older = FromOlderJson(Encoding.UTF8.GetString(json));
        return PostedActivity.Create(older.Reference, older.Activity);
    }

    public static BotEnvelope FromJson(string json)
    {
        if (PostedActivity.Read(json) is not { } posted) return FromOlderJson(json);
        var (to, activity) = posted.ToActivity();
        return new BotEnvelope(to, activity);
    }

    private static BotEnvelope FromOlderJson(string json) =>
        ActivityJson.Deserialize<BotEnvelope>(json) ?? throw new FormatException("empty outbox payload");
}
