namespace TaskBot.Data.Conversations;

/// <summary>A stored conversation reference (the protocol's JSON), refreshed on every trusted inbound activity.</summary>
public sealed class ConversationReferenceRecord
{
    public long Id { get; set; }
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    /// <summary>The user the bot last heard from here, so that a person's reminders find their conversation.</summary>
    public string? UserId { get; set; }
    public bool IsGroup { get; set; }
    public string Json { get; set; } = "";
    public bool Dead { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
