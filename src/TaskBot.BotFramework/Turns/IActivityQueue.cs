using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>Holds activities for a channel that delivers later (the outbox); inside a turn, they join the turn's transaction.</summary>
public interface IActivityQueue
{
    Task QueueAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken);
}
