using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>One instance: the activity goes straight to this process's stream of the conversation.</summary>
public sealed class InProcessFanOut(DirectLineStreams streams) : IDirectLineFanOut
{
    public Task AppendedAsync(string conversationId, Activity activity, long watermark, CancellationToken cancellationToken) =>
        streams.PublishAsync(conversationId, activity, watermark, cancellationToken);
}
