namespace TaskBot.BotFramework.Turns;

/// <summary>A conversation's saved state (the dialog stack), versioned so two turns at once cannot overwrite each other.</summary>
public interface IConversationStateStore
{
    /// <summary>
    /// Reads the state and holds the conversation until the turn's transaction ends, on every instance: a conversation's
    /// turns run one at a time, in the order they get here, each from the state the one before left.
    /// </summary>
    Task<StoredState?> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves when the stored version is still <paramref name="expectedVersion"/> (null: nothing stored yet); false otherwise.
    /// A store may instead save with the turn's commit (true now, a conflict then logged by the store).
    /// </summary>
    Task<bool> SaveAsync(string channelId, string conversationId, string json, long? expectedVersion, CancellationToken cancellationToken);
}
