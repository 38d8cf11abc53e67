namespace TaskBot.Data.Conversations;

/// <summary>A file a Direct Line client uploaded into a conversation, served back to that conversation only.</summary>
public sealed class DirectLineAttachmentRecord
{
    /// <summary>Random, so that an attachment's address cannot be guessed from another's.</summary>
    public string Id { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
