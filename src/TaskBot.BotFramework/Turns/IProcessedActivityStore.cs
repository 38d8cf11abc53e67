using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>Remembers which inbound activities were handled, so a channel's re-delivery is handled once.</summary>
public interface IProcessedActivityStore
{
    /// <summary>
    /// Marks the activity handled and reads the conversation's state; the first time it is seen, also keeps the
    /// conversation's reference when <paramref name="keepReference"/>. One round trip where the store allows. Like
    /// <see cref="IConversationStateStore.LoadAsync"/>, it holds the conversation until the turn ends.
    /// With <paramref name="mayRunOnKept"/>, a store may instead answer from the state this process kept, with no round
    /// trip, and check at the commit that no turn moved it meanwhile; if one did, the turn ends in a
    /// <see cref="StaleTurnException"/> and is run again, with <paramref name="rerun"/>.
    /// </summary>
    Task<TurnStart> BeginAsync(ConversationReference conversation, string activityId, bool keepReference, bool mayRunOnKept,
        TurnRerun? rerun, CancellationToken cancellationToken);
}
