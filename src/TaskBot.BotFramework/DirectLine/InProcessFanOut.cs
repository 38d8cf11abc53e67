namespace TaskBot.BotFramework.DirectLine;

/// <summary>
/// One instance: after an append, this process's stream of the conversation is sent what the transcript holds past
/// what it last sent. Order and no duplicates come from the watermark, so no lock is taken here (one taken beside the
/// store's writer would invert with it); an append inside a turn's transaction shows once the turn has committed.
/// </summary>
public sealed class InProcessFanOut(DirectLineStreams streams) : IDirectLineFanOut
{
    public async Task AppendAsync(string conversationId, Schema.Activity activity, Func<Task<long>> append, CancellationToken cancellationToken)
    {
        var watermark = await append();
        await streams.CatchUpAsync(conversationId, watermark, cancellationToken);
    }

    public Task CommittedAsync(string conversationId, CancellationToken cancellationToken) =>
        streams.CatchUpAsync(conversationId, long.MaxValue, cancellationToken);
}
