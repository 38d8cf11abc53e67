using Microsoft.Extensions.Logging;

namespace TaskBot.BotFramework.Turns;

public sealed class LoggingMiddleware(ILogger<LoggingMiddleware> log) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        using var scope = log.BeginScope("{ChannelId}/{ConversationId}", a.ChannelId, a.Conversation?.Id);
        if (log.IsEnabled(LogLevel.Debug)) log.LogDebug("{Type} {Id} from {From}", a.Type, a.Id, a.From?.Id);
        await next();
        if (turn.AlreadyHandled) log.LogInformation("Activity {Id} was delivered again; handled once", a.Id);
    }
}
