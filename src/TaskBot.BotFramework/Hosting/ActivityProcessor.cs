using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;

namespace TaskBot.BotFramework.Hosting;

/// <summary>Runs one authenticated activity through the turn pipeline; shared by /api/messages and Direct Line.</summary>
public sealed class ActivityProcessor(TurnPipeline pipeline, IActivitySender sender, IServiceScopeFactory scopes, ILogger<ActivityProcessor> log)
{
    public async Task<TurnContext> ProcessAsync(Activity activity, CallerIdentity caller, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? recordInbound = null)
    {
        var turn = new TurnContext(activity, caller, sender) { RecordInbound = recordInbound };
        try
        {
            await pipeline.RunAsync(turn, cancellationToken);
        }
        catch (Exception e) when (StaleTurnException.Find(e) is { } stale)
        {
            // Its replies were held and are dropped with it; a fresh scope runs it again with nothing the first run left.
            using var rerun = new TurnRerun(stale.Gate);
            await using var scope = scopes.CreateAsyncScope();
            turn = new TurnContext(activity, caller, scope.ServiceProvider.GetRequiredService<IActivitySender>())
                { RecordInbound = recordInbound, Rerun = rerun };
            await scope.ServiceProvider.GetRequiredService<TurnPipeline>().RunAsync(turn, cancellationToken);
        }
        if (log.IsEnabled(LogLevel.Debug)) log.LogDebug("Turn {Id} sent {Count} activities", activity.Id, turn.SentActivities.Count);
        return turn;
    }
}
