using Microsoft.Extensions.Logging;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;

namespace TaskBot.BotFramework.Hosting;

/// <summary>Runs one authenticated activity through the turn pipeline; shared by /api/messages and Direct Line.</summary>
public sealed class ActivityProcessor(TurnPipeline pipeline, IActivitySender sender, ILogger<ActivityProcessor> log)
{
    public async Task<TurnContext> ProcessAsync(Activity activity, CallerIdentity caller, CancellationToken cancellationToken,
        Func<CancellationToken, Task>? recordInbound = null)
    {
        var turn = new TurnContext(activity, caller, sender) { RecordInbound = recordInbound };
        await pipeline.RunAsync(turn, cancellationToken);
        if (log.IsEnabled(LogLevel.Debug)) log.LogDebug("Turn {Id} sent {Count} activities", activity.Id, turn.SentActivities.Count);
        return turn;
    }
}
