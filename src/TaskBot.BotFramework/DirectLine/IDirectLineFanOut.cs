using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>
/// How an activity added to a transcript reaches the stream that holds its conversation: in this process, or,
/// when several instances share the store, through the store to whichever instance holds it.
/// </summary>
public interface IDirectLineFanOut
{
    /// <summary>Runs <paramref name="append"/> (which returns the watermark) and sees the activity on its way to the stream.</summary>
    Task AppendAsync(string conversationId, Activity activity, Func<Task<long>> append, CancellationToken cancellationToken);

    /// <summary>A turn that appended to the conversation inside its transaction has committed.</summary>
    Task CommittedAsync(string conversationId, CancellationToken cancellationToken);
}
