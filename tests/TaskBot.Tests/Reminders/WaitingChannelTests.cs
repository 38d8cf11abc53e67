using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Data.Outbox;
using TaskBot.Domain.People;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reminders;

/// <summary>A server that lost a platform's settings: the messages for that platform wait, and the office hears of it.</summary>
[Collection(TestCollections.Reminders)]
public abstract class WaitingChannelTests(PostgresServer postgres, StorageProvider provider) : ReminderTestBase(postgres, provider)
{
    [Fact]
    public async Task The_office_is_told_once_a_day_when_DingTalk_messages_have_waited_an_hour_on_a_server_without_its_settings()
    {
        var office = await BoundChatAsync(MemberRole.Office);
        At(2025, 7, 7, 9, 0);
        var waiting = new OutboxMessage("Weekly", "2025-W28", "苏里格经济开发区", "person:liqiang",
            OutboxDestination.Conversation("dingtalk", "liqiang"), "{}", "李强");
        await Bot.WithScopeAsync(sp => sp.GetRequiredService<OutboxStore>().EnqueueAsync([waiting], CancellationToken.None));

        await CheckAndDrainAsync(TimeSpan.FromMinutes(50));
        Assert.Empty(Proactive(office));

        await CheckAndDrainAsync(TimeSpan.FromMinutes(20));
        var notice = Assert.Single(Proactive(office));
        Assert.StartsWith("**钉钉消息未能发出** 发往钉钉的消息已等待一个多小时", notice.Text);
        Assert.Contains("DingTalk", notice.Text);

        await CheckAndDrainAsync(TimeSpan.FromHours(1));
        Assert.Single(Proactive(office));
        Assert.Equal(OutboxStatus.Pending, Assert.Single(await OutboxAsync(), r => r.Kind == "Weekly").Status);
    }

    private async Task CheckAndDrainAsync(TimeSpan later)
    {
        Clock.Advance(later);
        await Bot.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<WaitingChannels>().CheckAsync(CancellationToken.None);
            return 0;
        });
        await DrainAsync();
    }
}

public sealed class SqliteWaitingChannelTests(PostgresServer postgres) : WaitingChannelTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlWaitingChannelTests(PostgresServer postgres) : WaitingChannelTests(postgres, StorageProvider.PostgreSql);
