namespace TaskBot.BotFramework.Turns;

/// <summary>Remembers which inbound activities were handled, so a channel's re-delivery is handled once.</summary>
public interface IProcessedActivityStore
{
    /// <summary>True the first time an activity is seen; false for a re-delivery.</summary>
    Task<bool> TryBeginAsync(string channelId, string conversationId, string activityId, CancellationToken cancellationToken);
}
