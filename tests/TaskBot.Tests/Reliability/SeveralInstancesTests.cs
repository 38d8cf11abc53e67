using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reliability;

/// <summary>
/// Three TaskBot processes on one PostgreSQL behind a round-robin balancer behave as one: Web Chat conversations whose
/// posts and streams land on different instances see every reply in order, reminders under the global cap take the
/// time the cap implies and arrive once, and one instance killed mid-run changes neither. PostgreSQL only: several
/// instances need it (SQLite is one process).
/// </summary>
[Collection(TestCollections.SeveralInstances)]
public sealed class SeveralInstancesTests(PostgresServer postgres) : IAsyncLifetime
{
    // The figure is 3,000 at 30/s (≥ 100 s): TASKBOT_TEST_REMINDERS=3000 runs it. A tenth keeps the suite
    // short and still needs ≥ 10 s.
    private static readonly int Reminders = int.TryParse(Environment.GetEnvironmentVariable("TASKBOT_TEST_REMINDERS"), out var n) ? n : 300;
    private const int RatePerSecond = 30;
    private const int MaxInFlight = 4;
    private const int Conversations = 6;
    private const int Turns = 4;
    private ConnectorPeer _peer = null!;
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _peer = await ConnectorPeer.StartAsync();
        // The lease outlasts a send on a machine busy with other collections: one that ran out while its instance
        // still sent would let another send the same message, beyond the killed instance's in-flight ones.
        _store = (await postgres.Templates.CopyAsync(StorageProvider.PostgreSql, StoreTemplates.Seed2025, StoreTemplates.ImportSeed2025Async))
            .With("Outbox:Enabled", "true").With("Outbox:RatePerSecond", RatePerSecond.ToString()).With("Outbox:MaxInFlight", MaxInFlight.ToString())
            .With("Outbox:Lease", "00:00:10").With("DirectLine:TokensPerWindow", "1000").With("DirectLine:ConversationsPerWindow", "1000");
        await TestApp.WithDbAsync(_store, db => Recipients.SeedAsync(db, Reminders, _peer.Url));
    }

    public async Task DisposeAsync() => await _peer.DisposeAsync();

    [Fact]
    public async Task Three_instances_behind_a_round_robin_balancer_act_as_one_even_when_one_is_killed()
    {
        var instances = new List<ServerProcess>();
        var users = new List<WebChatUser>();
        RoundRobinProxy? balancer = null;
        try
        {
            // One after another: three starting at once on a loaded machine can miss their start-up deadline.
            for (var i = 0; i < 3; i++) instances.Add(await ServerProcess.StartAsync(_store.Settings, ServerProcess.ShortLived));
            balancer = await RoundRobinProxy.StartAsync(instances.Select(i => i.Url));
            for (var i = 0; i < Conversations; i++) users.Add(await WebChatUser.OpenAsync(balancer.Url));
            var queued = await QueueWeeklyAsync();
            Assert.True(queued >= Reminders, $"{queued} reminders queued");
            var said = await TalkAsync(users, 0, Turns / 2);

            await Poll.UntilAsync(() => Task.FromResult(ToRecipients().Count >= queued / 3), TimeSpan.FromMinutes(2), "a third of the reminders");
            await instances[2].KillAsync();
            said = [.. said.Zip(await TalkAsync(users, Turns / 2, Turns), (before, after) => before.Concat(after).ToList())];
            await Poll.UntilAsync(async () => await PendingAsync() == 0, TimeSpan.FromMinutes(3), "the two instances left to send the rest");

            foreach (var (user, posted) in users.Zip(said)) AssertEveryReplyInOrder(user, posted);
            var calls = ToRecipients();
            var perConversation = calls.GroupBy(c => c.Path.Split('/')[3]).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(queued, perConversation.Count); // every reminder arrived
            // Once each, but for what the killed instance had sent and not yet recorded: at most its messages in flight.
            Assert.InRange(perConversation.Values.Sum() - queued, 0, MaxInFlight);
            // The cap is global: the three instances together send no faster than 30/s (3 per 100 ms may go at once).
            var span = calls.Max(c => c.At) - calls.Min(c => c.At);
            Assert.True(span >= TimeSpan.FromSeconds((calls.Count - RatePerSecond / 10.0) / RatePerSecond), $"{calls.Count} reminders in {span}");
        }
        finally
        {
            foreach (var user in users) await user.DisposeAsync();
            if (balancer is not null) await balancer.DisposeAsync();
            foreach (var instance in instances) await instance.DisposeAsync();
        }
    }

    /// <summary>Each user says something each turn and waits for the bot's answer on the stream; returns the ids each posted.</summary>
    private static async Task<List<string>[]> TalkAsync(IReadOnlyList<WebChatUser> users, int from, int to) =>
        await Task.WhenAll(users.Select(async user =>
        {
            var posted = new List<string>();
            for (var turn = from; turn < to; turn++)
            {
                var id = await user.SayAsync($"你好 {turn}");
                posted.Add(id);
                await Poll.UntilAsync(() => Task.FromResult(user.Received.Any(r => (string?)r.Activity["replyToId"] == id)),
                    TimeSpan.FromSeconds(30), $"the answer to turn {turn} on the stream");
            }
            return posted;
        }));

    /// <summary>The stream delivered the transcript: each activity once, in watermark order, every post followed by its answer.</summary>
    private static void AssertEveryReplyInOrder(WebChatUser user, IReadOnlyList<string> posted)
    {
        var received = user.Received;
        var ids = received.Select(r => (string)r.Activity["id"]!).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(received.Select(r => r.Watermark).Order(), received.Select(r => r.Watermark));
        var positions = posted.Select(id => (Echo: ids.IndexOf(id), Answer: received.ToList().FindIndex(r => (string?)r.Activity["replyToId"] == id)))
            .ToList();
        Assert.All(positions, p => Assert.True(p.Echo >= 0 && p.Answer > p.Echo, $"post at {p.Echo}, answer at {p.Answer}"));
        Assert.Equal(positions.Select(p => p.Answer).Order(), positions.Select(p => p.Answer));
    }

    private IReadOnlyList<ReceivedCall> ToRecipients() => [.. _peer.Calls.Where(c => c.Path.Contains("/personal-", StringComparison.Ordinal))];

    private Task<int> QueueWeeklyAsync() => OutboxQueue.QueueWeeklyAsync(_store);

    private Task<long> PendingAsync() => OutboxQueue.PendingAsync(_store);
}
