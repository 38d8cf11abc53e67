namespace TaskBot.Data.Conversations;

/// <summary>One activity of a Direct Line transcript; <see cref="Id"/> is its watermark.</summary>
public sealed class DirectLineActivityRecord
{
    public long Id { get; set; }
    public string ConversationId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    public string Json { get; set; } = "";
    /// <summary>The size of <see cref="Json"/> in UTF-8, for the per-conversation cap.</summary>
    public int Bytes { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
