using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reminders;

/// <summary>The outbox under the failures it exists for: a killed server, and two servers on one database.</summary>
[Collection(TestCollections.OutboxKills)]
public class OutboxReliabilityTests(PostgresServer postgres) : IAsyncLifetime
{
    // The fan-out is 5,000 (TASKBOT_TEST_RECIPIENTS=5000 runs it). 2,000 keeps the suite short and proves
    // the same: the ten kills fall at the same fractions of the fan-out (the seed draws them), each more messages
    // after the one before than are in flight, so every kill still cuts a full pipeline of claims.
    private static readonly int Fanout = int.TryParse(Environment.GetEnvironmentVariable("TASKBOT_TEST_RECIPIENTS"), out var n) ? n : 2000;
    private const int MaxInFlight = 16;
    private const int Kills = 10;
    private ConnectorPeer _peer = null!;
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _peer = await ConnectorPeer.StartAsync();
        _store = (await postgres.Templates.CopyAsync(StorageProvider.PostgreSql, StoreTemplates.Seed2025, StoreTemplates.ImportSeed2025Async))
            .With("Outbox:MaxInFlight", MaxInFlight.ToString()).With("Outbox:Lease", "00:00:03");
    }

    public async Task DisposeAsync() => await _peer.DisposeAsync();

    [Fact]
    public async Task Killing_the_server_ten_times_mid_send_loses_no_reminder_and_repeats_at_most_those_in_flight()
    {
        await TestApp.WithDbAsync(_store, db => Recipients.SeedAsync(db, Fanout, _peer.Url));
        var queued = await QueueWeeklyAsync();
        Assert.True(queued >= Fanout, $"{queued} reminders queued");
        // A cap, as in production: uncapped, the sender can finish the fan-out between the peer reaching a kill's
        // target and the kill landing (a loaded machine schedules this test late), and the kill would cut nothing.
        (string, string)[] sending = [("Outbox:Enabled", "true"), ("Outbox:RatePerSecond", "100"), ServerProcess.ShortLived];
        // Ten kills at random points of the fan-out; a fixed seed, so that a failure can be run again as it was.
        var random = new Random(20261123);
        var killAfter = Enumerable.Range(0, Kills).Select(_ => random.Next(1, queued)).Order().ToArray();

        foreach (var target in killAfter)
        {
            var before = _peer.Calls.Count;
            await using var server = await ServerProcess.StartAsync(_store.Settings, sending);
            await Poll.UntilAsync(() => Task.FromResult(_peer.Calls.Count > before), TimeSpan.FromMinutes(1),
                "sending to resume within a minute of the restart");
            await Poll.UntilAsync(() => Task.FromResult(_peer.Calls.Count >= target), TimeSpan.FromMinutes(2), $"{target} messages to be sent");
            await server.KillAsync();
        }
        Assert.True(await PendingAsync() > 0, "the last kill came before the end of the fan-out");

        await using var last = await ServerProcess.StartAsync(_store.Settings, sending);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, TimeSpan.FromMinutes(2), "the restarted server to send the rest");

        var perConversation = PerConversation();
        Assert.Equal(queued, perConversation.Count); // nothing lost
        var duplicates = perConversation.Values.Sum() - perConversation.Count;
        Assert.InRange(duplicates, 0, Kills * MaxInFlight); // each kill repeats at most what was in flight
    }

    [Fact]
    public async Task Two_servers_on_one_database_send_each_reminder_once()
    {
        await TestApp.WithDbAsync(_store, db => Recipients.SeedAsync(db, 600, _peer.Url));
        _store.With("Outbox:Enabled", "true").With("Outbox:RatePerSecond", "0");
        await using var one = await BotHost.StartAsync(_store);
        await using var two = await BotHost.StartAsync(_store);

        // Both schedulers fire at the same moment, as they would at 09:00 on Monday.
        var runs = await Task.WhenAll(RunWeeklyAsync(one), RunWeeklyAsync(two));
        Assert.Equal(runs[0].Messages.Count, runs.Sum(r => r.Queued)); // each reminder queued by one of them only

        await Poll.UntilAsync(async () => await PendingAsync() == 0, TimeSpan.FromMinutes(1), "both senders to drain the outbox");
        var perConversation = PerConversation();
        Assert.Equal(runs[0].Messages.Count, perConversation.Count);
        Assert.All(perConversation, c => Assert.Equal(1, c.Value));
    }

    private Task<int> QueueWeeklyAsync() => OutboxQueue.QueueWeeklyAsync(_store);

    private static Task<ReminderRunResult> RunWeeklyAsync(BotHost host) =>
        host.WithScopeAsync(sp =>
            sp.GetRequiredService<ReminderRun>().RunAsync(ReminderJob.Weekly, now: true, dryRun: false, CancellationToken.None));

    private Task<long> PendingAsync() => OutboxQueue.PendingAsync(_store);

    /// <summary>Conversation id → how many messages the peer received in it.</summary>
    private Dictionary<string, int> PerConversation() =>
        _peer.Calls.Select(c => c.Path.Split('/')[3]).GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
}
