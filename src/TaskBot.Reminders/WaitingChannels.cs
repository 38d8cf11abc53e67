using TaskBot.BotFramework.Turns;
using TaskBot.Data.Outbox;
using TaskBot.Domain.Periods;

namespace TaskBot.Reminders;

/// <summary>
/// Hourly: a chat platform this server has no settings for, with a message due for an hour and more, is set up in no
/// running server (one that had it would have sent the message): the office is told, once a day. A `remind` run from a
/// shell without the settings leaves messages to the server, which sends them at once, so they never wait this long.
/// </summary>
public sealed class WaitingChannels(IEnumerable<IChannelConnector> connectors, OutboxStore outbox, OfficeNotices office, LocalClock clock,
    TimeProvider time)
{
    public static readonly TimeSpan Patience = TimeSpan.FromHours(1);

    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var dueBefore = (time.GetUtcNow() - Patience).ToUnixTimeMilliseconds();
        foreach (var channel in connectors.Where(c => !c.IsOn).Select(c => c.ChannelId))
        {
            if (await outbox.HasWaitedAsync(OutboxDestination.Conversation(channel, "%"), dueBefore, cancellationToken))
                await office.TellChannelWaitingAsync(channel, clock.Today, cancellationToken);
        }
    }
}
