namespace TaskBot.BotFramework.Schema;

/// <summary>What it takes to write into a conversation later (proactively).</summary>
public sealed class ConversationReference
{
    public required string ChannelId { get; set; }
    public required string ServiceUrl { get; set; }
    public required ConversationAccount Conversation { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ChannelAccount? User { get; set; }
    public string? ActivityId { get; set; }
    public string? Locale { get; set; }
}
