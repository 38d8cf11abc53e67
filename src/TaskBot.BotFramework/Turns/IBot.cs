namespace TaskBot.BotFramework.Turns;

/// <summary>What the protocol layer calls once per inbound activity, after the middleware.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
