namespace TaskBot.BotFramework.Turns;

/// <summary>Writes the channel's record of an inbound activity (<see cref="TurnContext.RecordInbound"/>) the first time it is handled.</summary>
public sealed class InboundRecordMiddleware : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (!turn.AlreadyHandled && turn.RecordInbound is { } record) await record(cancellationToken);
        await next();
    }
}
