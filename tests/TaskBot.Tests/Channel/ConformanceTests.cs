using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Data;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>TaskBot against the channel side of Microsoft's JavaScript SDK: the routes and activities it accepts.</summary>
[Collection(TestCollections.Channel)]
public class ConformanceTests(PostgresServer postgres) : IAsyncLifetime
{
    private JsChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await JsChannel.StartAsync();
        _bot = await BotHost.StartAsync(await postgres.Templates.CopyAsync(StorageProvider.PostgreSql, StoreTemplates.Migrated),
            services => services.AddSingleton<IStartupFilter, LoopbackChannel>());
    }

    [Fact]
    public async Task Replies_reach_the_sdk_channel_on_its_reply_route_with_the_fields_it_expects()
    {
        var message = Message("c-conf-1", "帮助");

        await PostAsync(message);

        var received = await _channel.ReceivedAsync();
        Assert.Equal(2, received.Count);
        foreach (var entry in received)
        {
            Assert.Equal("replyToActivity", entry!["route"]!.GetValue<string>());
            Assert.Equal("c-conf-1", entry["conversationId"]!.GetValue<string>());
            Assert.Equal(message.Id, entry["activityId"]!.GetValue<string>());
            var activity = entry["activity"]!;
            Assert.Equal("message", activity["type"]!.GetValue<string>());
            Assert.Equal(message.Id, activity["replyToId"]!.GetValue<string>());
            Assert.Equal("bot", activity["from"]!["id"]!.GetValue<string>());
            Assert.Equal("user-1", activity["recipient"]!["id"]!.GetValue<string>());
        }
        Assert.Contains("您想了解哪一项？", received[1]!["activity"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Proactive_sends_update_and_delete_use_the_sdk_channels_routes()
    {
        await PostAsync(Message("c-conf-2", "你好"));
        await using var scope = _bot.Services.CreateAsyncScope();
        var reference =
            (await scope.ServiceProvider.GetRequiredService<IConversationReferenceStore>().FindAsync("test", "c-conf-2", CancellationToken.None))!;
        var sender = scope.ServiceProvider.GetRequiredService<IActivitySender>();

        var sent = await sender.SendAsync(reference, Activity.CreateMessage("调度提醒").ApplyConversationReference(reference), CancellationToken.None);
        await sender.UpdateAsync(reference, sent.Id!, Activity.CreateMessage("调度提醒（已更新）").ApplyConversationReference(reference),
            CancellationToken.None);
        await sender.DeleteAsync(reference, sent.Id!, CancellationToken.None);

        var routes = (await _channel.ReceivedAsync()).Select(e => e!["route"]!.GetValue<string>()).ToList();
        Assert.Equal(["sendToConversation", "updateActivity", "deleteActivity"], routes.Skip(routes.Count - 3));
    }

    private Activity Message(string conversationId, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = _channel.Url,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot" },
        Locale = "zh-CN",
        Text = text,
    };

    private async Task PostAsync(Activity activity)
    {
        using var response = await _bot.Client.PostAsync("/api/messages",
            new StringContent(ActivityJson.Serialize(activity), System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(200, (int)response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }
}
