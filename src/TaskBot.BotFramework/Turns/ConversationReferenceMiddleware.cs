namespace TaskBot.BotFramework.Turns;

/// <summary>Keeps every trusted conversation's reference fresh (service URLs change), for proactive messages.</summary>
public sealed class ConversationReferenceMiddleware(IConversationReferenceStore references) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (!turn.AlreadyHandled && turn.Caller.ServiceUrlTrusted)
            await references.SaveAsync(turn.Reference, cancellationToken);
        await next();
    }
}
