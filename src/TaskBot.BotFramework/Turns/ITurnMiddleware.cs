namespace TaskBot.BotFramework.Turns;

/// <summary>A step every turn passes through (logging, de-duplication, references, locale…); it calls next to go on.</summary>
public interface ITurnMiddleware
{
    Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken);
}
