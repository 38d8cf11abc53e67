using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>Delivers the bot's activities into a conversation, whichever channel it lives on.</summary>
public interface IActivitySender
{
    Task<ResourceResponse> SendAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken);

    /// <summary>One attempt only, for callers that retry on their own schedule (the outbox): a transient failure throws at once.</summary>
    Task<ResourceResponse> SendOnceAsync(ConversationReference to, Activity activity, CancellationToken cancellationToken);

    /// <summary>One attempt at sending an activity addressed and written beforehand (the outbox's).</summary>
    Task SendOnceAsync(PostedActivity activity, CancellationToken cancellationToken);
    Task<ResourceResponse> UpdateAsync(ConversationReference to, string activityId, Activity activity, CancellationToken cancellationToken);
    Task DeleteAsync(ConversationReference to, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether sending there is a write to TaskBot's own store (Direct Line's transcript, the outbox), which joins the
    /// turn's transaction, rather than a call out of the process.
    /// </summary>
    bool WritesToStore(ConversationReference to);
}
