namespace TaskBot.BotFramework.Turns;

/// <summary>Channels re-send an activity when the bot is slow (~15 s); the same channel, conversation and id is handled once.</summary>
public sealed class DeduplicationMiddleware(IProcessedActivityStore processed) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        if (!string.IsNullOrEmpty(a.Id) && !await processed.TryBeginAsync(a.ChannelId!, a.Conversation!.Id!, a.Id, cancellationToken))
            turn.AlreadyHandled = true;
        await next();
    }
}
