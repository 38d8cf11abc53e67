namespace TaskBot.Data.Conversations;

public sealed class DirectLineConversationRecord
{
    public string Id { get; set; } = "";
    public string UserId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
