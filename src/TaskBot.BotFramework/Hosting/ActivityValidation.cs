using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Hosting;

public static class ActivityValidation
{
    /// <summary>Why an activity cannot be processed, or null when it can.</summary>
    public static string? Problem(Activity? activity) => activity switch
    {
        null => "the body is not an activity",
        { Type: null or "" } => "the activity has no type",
        { Conversation: null } or { Conversation.Id: null or "" } => "the activity has no conversation.id",
        { ChannelId: null or "" } => "the activity has no channelId",
        _ => null,
    };
}
