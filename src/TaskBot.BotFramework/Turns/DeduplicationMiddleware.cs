using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Channels re-send an activity when the bot is slow (~15 s); the same channel, conversation and id is handled once.
/// The same round trip keeps every trusted conversation's reference fresh (service URLs change), for proactive
/// messages, and reads the conversation's state for the bot (<see cref="TurnStart"/> in the turn's items).
/// </summary>
public sealed class DeduplicationMiddleware(IProcessedActivityStore processed, IConversationReferenceStore references) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        var a = turn.Activity;
        if (string.IsNullOrEmpty(a.Id))
        {
            if (turn.Caller.ServiceUrlTrusted) await references.SaveAsync(turn.Reference, cancellationToken);
        }
        else
        {
            var start = await processed.BeginAsync(turn.Reference, a.Id, turn.Caller.ServiceUrlTrusted, MayRunOnKept(turn), turn.Rerun,
                cancellationToken);
            turn.AlreadyHandled = !start.First;
            turn.Items[typeof(TurnStart)] = start;
        }
        await next();
    }

    // A message without files, whose channel records nothing of it in the turn: such a turn, run on a stale state, is
    // thrown away and run again at the cost of its own work only. The second run reads.
    private static bool MayRunOnKept(TurnContext turn) =>
        turn.Rerun is null && turn.RecordInbound is null && turn.Activity.IsType(ActivityTypes.Message)
            && turn.Activity.Attachments is not { Count: > 0 };
}
