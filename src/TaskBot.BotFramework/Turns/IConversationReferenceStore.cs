using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>Conversation references kept from trusted inbound activities, for proactive messages after a restart.</summary>
public interface IConversationReferenceStore
{
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);
    Task<ConversationReference?> FindAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Each user's one-to-one conversation with the bot (the most recent live one), for messages to a person;
    /// users without one are left out.</summary>
    Task<IReadOnlyDictionary<string, ConversationReference>> FindPersonalAsync(string channelId, IReadOnlyCollection<string> userIds,
        CancellationToken cancellationToken);

    /// <summary>The channel answered 403/404: stop sending there until the user writes again.</summary>
    Task MarkDeadAsync(string channelId, string conversationId, CancellationToken cancellationToken);
}
