namespace TaskBot.Data.Platforms;

/// <summary>A conversation's reply address on its platform (钉钉's sessionWebhook) and when it expires.</summary>
public sealed class ReplyAddressRecord
{
    public string ChannelId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string Address { get; set; } = "";
    public long ExpiresAtMs { get; set; }
}
