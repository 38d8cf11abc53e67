namespace TaskBot.BotFramework.Turns;

/// <summary>Runs the rest of the turn in one transaction, committed when the turn ends well (see <see cref="ITurnTransaction"/>).</summary>
public sealed class TurnTransactionMiddleware(ITurnTransaction transactions) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        await using var transaction = await transactions.BeginAsync(cancellationToken);
        await next();
        await transaction.CommitAsync(cancellationToken);
    }
}
