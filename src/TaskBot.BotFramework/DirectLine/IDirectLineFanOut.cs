using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>
/// How an activity just added to a transcript reaches the stream that holds its conversation: in this process, or,
/// when several instances share the store, through the store to whichever instance holds it.
/// </summary>
public interface IDirectLineFanOut
{
    /// <summary>Called right after the append, inside the caller's transaction when there is one.</summary>
    Task AppendedAsync(string conversationId, Activity activity, long watermark, CancellationToken cancellationToken);
}
