using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>
/// One instance: the activity goes straight to this process's stream of the conversation, one append at a time per
/// conversation, so watermarks reach the stream in the order they were committed.
/// </summary>
public sealed class InProcessFanOut(DirectLineStreams streams) : IDirectLineFanOut
{
    public async Task AppendAsync(string conversationId, Activity activity, Func<Task<long>> append, CancellationToken cancellationToken)
    {
        var gate = streams.WriteGate(conversationId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            var watermark = await append();
            await streams.PublishAsync(conversationId, activity, watermark, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }
}
