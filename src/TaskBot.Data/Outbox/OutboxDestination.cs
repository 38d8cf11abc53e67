namespace TaskBot.Data.Outbox;

/// <summary>Where a queued message goes (<see cref="OutboxRecord.Destination"/>), for a chat conversation.</summary>
public static class OutboxDestination
{
    public static string Conversation(string channelId, string? conversationId) => $"bot:{channelId}:{conversationId}";
}
