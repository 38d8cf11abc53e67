namespace TaskBot.BotFramework.Turns;

/// <summary>Runs a turn through the middleware, in registration order, and then the bot.</summary>
public sealed class TurnPipeline(IEnumerable<ITurnMiddleware> middleware, IBot bot)
{
    private readonly ITurnMiddleware[] _middleware = [.. middleware];

    public Task RunAsync(TurnContext turn, CancellationToken cancellationToken) => Next(0, turn, cancellationToken);

    private Task Next(int index, TurnContext turn, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, () => Next(index + 1, turn, cancellationToken), cancellationToken)
            : turn.AlreadyHandled ? Task.CompletedTask : bot.OnTurnAsync(turn, cancellationToken);
}
