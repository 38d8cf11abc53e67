namespace TaskBot.Data.Conversations;

public sealed class ConversationStateRecord
{
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string Json { get; set; } = "";
    public long Version { get; set; }
}
