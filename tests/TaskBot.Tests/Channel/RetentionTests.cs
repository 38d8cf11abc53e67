using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Data;
using TaskBot.Data.Conversations;
using TaskBot.Data.Retention;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>The daily retention job deletes old conversation data, and only that, on each provider.</summary>
[Collection(TestCollections.DirectLine)]
public abstract class RetentionTests(PostgresServer postgres, StorageProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 19, 30, 0, TimeSpan.Zero);
    private readonly RetentionOptions _periods = new()
    {
        DirectLineActivities = TimeSpan.FromDays(90), ProcessedActivities = TimeSpan.FromDays(7), DeadConversations = TimeSpan.FromDays(30),
    };

    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await postgres.Templates.CopyAsync(provider, StoreTemplates.Migrated);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Direct_line_activities_past_the_period_go_and_a_conversation_left_empty_goes_with_its_state()
    {
        await SeedAsync(db =>
        {
            Conversation(db, "silent", Days(100));
            DirectLineActivity(db, "silent", Days(95));
            State(db, "directline", "silent");
            Reference(db, "directline", "silent", dead: false, Days(95));
            Conversation(db, "talking", Days(100));
            DirectLineActivity(db, "talking", Days(91));
            DirectLineActivity(db, "talking", Days(89));
            State(db, "directline", "talking");
            Conversation(db, "new", Days(1));
        });

        await RunAsync();

        var left = await ReadAsync(async db => (
            await db.DirectLineConversations.Select(c => c.Id).OrderBy(id => id).ToListAsync(),
            await db.DirectLineActivities.Select(a => a.ConversationId).ToListAsync(),
            await db.ConversationStates.Select(s => s.ConversationId).ToListAsync(),
            await db.ConversationReferences.CountAsync()));
        Assert.Equal(["new", "talking"], left.Item1);
        Assert.Equal(["talking"], left.Item2);
        Assert.Equal(["talking"], left.Item3);
        Assert.Equal(0, left.Item4);
    }

    [Fact]
    public async Task Processed_activity_marks_past_the_period_go()
    {
        await SeedAsync(db =>
        {
            db.ProcessedActivities.Add(
                new ProcessedActivityRecord { ChannelId = "test", ConversationId = "c", ActivityId = "old", ProcessedAt = Days(8) });
            db.ProcessedActivities.Add(
                new ProcessedActivityRecord { ChannelId = "test", ConversationId = "c", ActivityId = "recent", ProcessedAt = Days(6) });
        });

        await RunAsync();

        Assert.Equal(["recent"], await ReadAsync(db => db.ProcessedActivities.Select(p => p.ActivityId).ToListAsync()));
    }

    [Fact]
    public async Task The_state_of_a_conversation_dead_past_the_period_goes_and_live_conversations_keep_theirs()
    {
        await SeedAsync(db =>
        {
            Reference(db, "test", "long-dead", dead: true, Days(31));
            State(db, "test", "long-dead");
            Reference(db, "test", "just-dead", dead: true, Days(29));
            State(db, "test", "just-dead");
            Reference(db, "test", "quiet", dead: false, Days(400));
            State(db, "test", "quiet");
        });

        await RunAsync();

        var states = await ReadAsync(db => db.ConversationStates.Select(s => s.ConversationId).OrderBy(id => id).ToListAsync());
        Assert.Equal(["just-dead", "quiet"], states);
        Assert.Equal(3, await ReadAsync(db => db.ConversationReferences.CountAsync()));
    }

    private static DateTimeOffset Days(int ago) => Now.AddDays(-ago);

    private static void Conversation(TaskBotDbContext db, string id, DateTimeOffset created) =>
        db.DirectLineConversations.Add(new DirectLineConversationRecord { Id = id, UserId = "dl_" + id, CreatedAt = created });

    private static void DirectLineActivity(TaskBotDbContext db, string conversationId, DateTimeOffset created) =>
        db.DirectLineActivities.Add(new DirectLineActivityRecord
        {
            ConversationId = conversationId, ActivityId = $"{conversationId}|{created.Ticks}", Json = "{}", Bytes = 2, CreatedAt = created,
        });

    private static void State(TaskBotDbContext db, string channelId, string conversationId) =>
        db.ConversationStates.Add(new ConversationStateRecord { ChannelId = channelId, ConversationId = conversationId, Json = "{}", Version = 1 });

    private static void Reference(TaskBotDbContext db, string channelId, string conversationId, bool dead, DateTimeOffset updated) =>
        db.ConversationReferences.Add(new ConversationReferenceRecord
        {
            ChannelId = channelId, ConversationId = conversationId, Json = "{}", Dead = dead, UpdatedAt = updated,
        });

    private Task SeedAsync(Action<TaskBotDbContext> seed) => TestApp.WithDbAsync(_store, db =>
    {
        seed(db);
        return db.SaveChangesAsync();
    });

    private Task RunAsync() => TestApp.WithDbAsync(_store, async db =>
    {
        await new RetentionJob(db, Options.Create(_periods), new FakeTimeProvider(Now), NullLogger<RetentionJob>.Instance)
            .RunAsync(CancellationToken.None);
        return 0;
    });

    private Task<T> ReadAsync<T>(Func<TaskBotDbContext, Task<T>> read) => TestApp.WithDbAsync(_store, read);
}

public sealed class SqliteRetentionTests(PostgresServer postgres) : RetentionTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlRetentionTests(PostgresServer postgres) : RetentionTests(postgres, StorageProvider.PostgreSql);
