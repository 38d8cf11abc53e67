using System.Net;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>With no app id and no Bot:LocalSecret, /api/messages takes activities from this machine only.</summary>
[Collection(TestCollections.Channel)]
public class LocalAccessTests(PostgresServer postgres) : ChannelTestBase(postgres)
{
    [Fact]
    public async Task A_caller_on_another_machine_gets_401_and_nothing_is_stored_or_sent()
    {
        var chat = NewChat();

        var status = await RemoteCaller.PostAsync(Bot.Server, RemoteCaller.Elsewhere, "/api/messages", ActivityJson.Serialize(chat.Message("帮助")));

        Assert.Equal(401, status);
        Assert.Empty(Peer.Calls);
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ProcessedActivities.CountAsync()));
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ConversationReferences.CountAsync()));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    public async Task A_caller_on_another_machine_gets_401_whatever_it_sends(string body)
    {
        var status = await RemoteCaller.PostAsync(Bot.Server, RemoteCaller.Elsewhere, "/api/messages", body);

        Assert.Equal(401, status);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public async Task A_caller_on_this_machine_is_answered(string address)
    {
        var chat = NewChat();
        var message = chat.Message("帮助");

        var status = await RemoteCaller.PostAsync(Bot.Server, IPAddress.Parse(address), "/api/messages", ActivityJson.Serialize(message));

        Assert.Equal(200, status);
        Assert.NotEmpty(Peer.RepliesTo(message.Id!));
    }
}
