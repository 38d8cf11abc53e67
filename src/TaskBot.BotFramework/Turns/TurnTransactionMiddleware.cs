using Microsoft.Extensions.Logging;
using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Runs the rest of the turn in one transaction, committed when the turn ends well (see <see cref="ITurnTransaction"/>).
/// Replies that leave the process go after the commit, so no transaction or lock waits on a channel; one that then
/// cannot be sent waits in the outbox, which retries it. A turn's state is kept once, its replies go out at least once.
/// </summary>
public sealed class TurnTransactionMiddleware(ITurnTransaction transactions, IActivitySender sender, IEnumerable<IActivityQueue> queues,
    ILogger<TurnTransactionMiddleware> log) : ITurnMiddleware
{
    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        turn.HoldReplies();
        await using (var transaction = await transactions.BeginAsync(cancellationToken))
        {
            await next();
            await transaction.CommitAsync(cancellationToken);
        }
        await SendAsync(turn.Reference, turn.TakeHeld());
    }

    // Past the commit the turn cannot be taken back: a caller that gave up must not cost it its replies.
    private async Task SendAsync(ConversationReference to, IReadOnlyList<Activity> replies)
    {
        for (var i = 0; i < replies.Count; i++)
        {
            try
            {
                await sender.SendAsync(to, replies[i], CancellationToken.None);
            }
            catch (ConversationGoneException e)
            {
                log.LogInformation(e, "The conversation is gone; {Count} replies dropped", replies.Count - i);
                return;
            }
            catch (Exception e) when (queues.LastOrDefault() is { } queue)
            {
                log.LogWarning(e, "A reply could not be sent after the turn committed; {Count} wait in the outbox", replies.Count - i);
                foreach (var reply in replies.Skip(i)) await queue.QueueAsync(to, reply, CancellationToken.None);
                return;
            }
        }
    }
}
