using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Data.Outbox;
using TaskBot.Reminders;
using TaskBot.Reminders.Delivery;
using TaskBot.Tests.Dialogs;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reminders;

/// <summary>The 2025 plan with a controllable clock; runs reminder jobs as the scheduler would and drains the outbox to the Connector peer.</summary>
public abstract class ReminderTestBase(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    /// <summary>Moves the clock to a moment given in China time (forwards or back).</summary>
    protected void At(int year, int month, int day, int hour, int minute = 0) =>
        Clock.AdjustTime(new DateTimeOffset(year, month, day, hour, minute, 0, China).ToUniversalTime());

    /// <summary>A scheduled run of the job at the clock's time, then the sender until nothing is due; returns the run.</summary>
    protected async Task<ReminderRunResult> RunAsync(ReminderJob job, bool now = false)
    {
        var result = await Bot.WithScopeAsync(sp => sp.GetRequiredService<ReminderRun>().RunAsync(job, now, dryRun: false, CancellationToken.None));
        await DrainAsync();
        return result;
    }

    /// <summary>The sender, until nothing is due at the clock's time.</summary>
    protected Task<int> DrainAsync() => Bot.Services.GetRequiredService<OutboxSender>().DrainAsync(CancellationToken.None);

    /// <summary>What the bot wrote into the chat's conversation on its own (not as a reply).</summary>
    protected IReadOnlyList<Activity> Proactive(Chat chat) =>
        [.. Peer.Calls.Where(c => c.Activity is { ReplyToId: null }
            && c.Path.Contains($"/conversations/{chat.ConversationId}/", StringComparison.Ordinal)).Select(c => c.Activity!)];

    protected Task<List<OutboxRecord>> OutboxAsync() =>
        Bot.WithScopeAsync(sp => sp.GetRequiredService<OutboxStore>().Records.OrderBy(r => r.Id).ToListAsync());
}
