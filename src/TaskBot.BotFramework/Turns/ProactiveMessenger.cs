using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>Writes into a conversation the bot was not just asked in (reminders, notices), from its stored reference.</summary>
public sealed class ProactiveMessenger(IConversationReferenceStore references, IActivitySender sender)
{
    /// <summary>Sends; false when no live reference is stored for the conversation.</summary>
    public async Task<bool> SendAsync(string channelId, string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        if (await references.FindAsync(channelId, conversationId, cancellationToken) is not { } reference) return false;
        activity.ApplyConversationReference(reference);
        await sender.SendAsync(reference, activity, cancellationToken);
        return true;
    }
}
