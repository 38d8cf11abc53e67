using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.DirectLine;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>What the per-conversation cap reads, on each provider: how many activities a conversation holds and their bytes.</summary>
[Collection(TestCollections.DirectLine)]
public abstract class DirectLineStoreTests(PostgresServer postgres, StorageProvider provider)
{
    [Fact]
    public async Task A_conversations_usage_counts_its_activities_and_their_utf8_bytes_and_no_one_elses()
    {
        var store = await postgres.Templates.CopyAsync(provider, StoreTemplates.Migrated);

        var usage = await TestApp.WithServicesAsync(store, async services =>
        {
            var directLine = services.GetRequiredService<IDirectLineStore>();
            await directLine.CreateConversationAsync("mine", "dl_me", CancellationToken.None);
            await directLine.CreateConversationAsync("theirs", "dl_them", CancellationToken.None);
            await directLine.AppendAsync("mine", Activity.CreateMessage("你好"), CancellationToken.None);
            await directLine.AppendAsync("mine", Activity.CreateMessage(new string('字', 1000)), CancellationToken.None);
            await directLine.AppendAsync("theirs", Activity.CreateMessage("hello"), CancellationToken.None);
            return (Mine: await directLine.UsageAsync("mine", CancellationToken.None),
                Empty: await directLine.UsageAsync("none", CancellationToken.None));
        });

        Assert.Equal(2, usage.Mine.Activities);
        Assert.InRange(usage.Mine.Bytes, 3006, 4000);
        Assert.Equal((0, 0L), usage.Empty);
    }
}

public sealed class SqliteDirectLineStoreTests(PostgresServer postgres) : DirectLineStoreTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlDirectLineStoreTests(PostgresServer postgres) : DirectLineStoreTests(postgres, StorageProvider.PostgreSql);
