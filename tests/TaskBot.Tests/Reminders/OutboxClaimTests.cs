using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Data.Outbox;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reminders;

/// <summary>
/// What a sender's claim takes: the oldest due message of each conversation that has none in flight, so that a
/// person's messages arrive in the order they were queued whichever instance sends them.
/// </summary>
[Collection(TestCollections.Reminders)]
public abstract class OutboxClaimTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task A_claim_takes_each_conversation_s_oldest_message_and_the_next_once_the_first_is_recorded()
    {
        await QueueAsync("a", "b", "a");
        var ids = await IdsAsync();
        var (a1, b1, a2) = (ids[0], ids[1], ids[2]);

        Assert.Equal([a1, b1], await ClaimAsync("one", held: [], max: 10));
        // Neither the sender holding a1 nor another one takes a2 while a1 is out.
        Assert.Empty(await ClaimAsync("one", held: [a1, b1], max: 10));
        Assert.Empty(await ClaimAsync("two", held: [], max: 10));
        // Recording a1 as sent frees its conversation in the same exchange.
        Assert.Equal([a2], await ClaimAsync("one", held: [b1], max: 10, sent: [a1]));
    }

    [Fact]
    public async Task A_claim_left_by_a_sender_that_died_is_taken_again_before_the_conversation_s_later_messages()
    {
        await QueueAsync("a", "a", "b");
        var ids = await IdsAsync();
        Assert.Equal([ids[0], ids[2]], await ClaimAsync("died", held: [], max: 10));

        Clock.Advance(Lease + TimeSpan.FromSeconds(1));

        Assert.Equal([ids[0], ids[2]], await ClaimAsync("alive", held: [], max: 10));
    }

    [Fact]
    public async Task A_claim_takes_no_more_than_asked_and_the_oldest_first()
    {
        await QueueAsync("a", "b", "c", "d");
        var ids = await IdsAsync();

        Assert.Equal([ids[0], ids[1]], await ClaimAsync("one", held: [], max: 2));
        Assert.Equal([ids[2], ids[3]], await ClaimAsync("one", held: [ids[0], ids[1]], max: 5));
    }

    [Fact]
    public async Task A_message_waiting_for_its_retry_holds_its_conversation_s_next_one_back_and_goes_first_when_due()
    {
        await QueueAsync("a", "a", "b");
        var ids = await IdsAsync();
        Assert.Equal([ids[0], ids[2]], await ClaimAsync("one", held: [], max: 10));

        // The channel was busy: the first waits a minute for its retry; the second must not overtake it.
        var retry = new OutboxOutcome(ids[0], OutboxStatus.Pending, RetryAtMs: Clock.GetUtcNow().AddMinutes(1).ToUnixTimeMilliseconds());
        Assert.Empty(await ClaimAsync("one", held: [], max: 10, outcomes: [retry], sent: [ids[2]]));
        Assert.Empty(await ClaimAsync("two", held: [], max: 10));

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([ids[0]], await ClaimAsync("one", held: [], max: 10));
        Assert.Equal([ids[1]], await ClaimAsync("one", held: [], max: 10, sent: [ids[0]]));
    }

    [Fact]
    public async Task A_conversation_with_more_messages_waiting_than_a_claim_takes_holds_no_other_back()
    {
        await QueueAsync([.. Enumerable.Repeat("robot", 100), "b"]);
        var ids = await IdsAsync();

        Assert.Equal([ids[0], ids[100]], await ClaimAsync("one", held: [], max: 10));
    }

    [Fact]
    public async Task A_sender_never_takes_again_what_it_still_holds_once_the_lease_ran_out_but_another_sender_does()
    {
        await QueueAsync("a", "a");
        var ids = await IdsAsync();
        Assert.Equal([ids[0]], await ClaimAsync("slow", held: [], max: 10));

        Clock.Advance(Lease + TimeSpan.FromSeconds(1));

        // Still sending the first, the slow sender takes neither it again nor the conversation's next.
        Assert.Empty(await ClaimAsync("slow", held: [ids[0]], max: 10));
        Assert.Equal([ids[0]], await ClaimAsync("other", held: [], max: 10));
    }

    private Task<int> QueueAsync(params string[] conversations) => Bot.WithScopeAsync(sp =>
        sp.GetRequiredService<OutboxStore>().EnqueueAsync(
            [.. conversations.Select((c, i) => new OutboxMessage("test", "claims", $"{i}", c, $"bot:test:{c}", "{}", $"message {i} to {c}"))],
            CancellationToken.None));

    private async Task<long[]> IdsAsync() => [.. (await OutboxAsync()).Select(r => r.Id)];

    private async Task<long[]> ClaimAsync(string sender, long[] held, int max, long[]? sent = null, OutboxOutcome[]? outcomes = null)
    {
        var claimed = await Bot.WithScopeAsync(sp => sp.GetRequiredService<OutboxStore>().RecordAndClaimAsync(
            [.. (sent ?? []).Select(id => new OutboxOutcome(id, OutboxStatus.Sent)), .. outcomes ?? []], held, [], sender, max, Lease,
            CancellationToken.None));
        return [.. claimed.Select(r => r.Id)];
    }
}

public sealed class SqliteOutboxClaimTests(PostgresServer postgres) : OutboxClaimTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlOutboxClaimTests(PostgresServer postgres) : OutboxClaimTests(postgres, StorageProvider.PostgreSql);
