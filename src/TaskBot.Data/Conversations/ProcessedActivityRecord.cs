namespace TaskBot.Data.Conversations;

public sealed class ProcessedActivityRecord
{
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public DateTimeOffset ProcessedAt { get; set; }
}
