using System.Net;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>With Bot:LocalSecret set, /api/messages takes activities from anywhere that carry it, and from nobody else.</summary>
[Collection(TestCollections.Channel)]
public class LocalSecretTests(PostgresServer postgres) : ChannelTestBase(postgres)
{
    private const string Secret = "a-long-local-secret-for-the-test";

    protected override void Configure(TestStore store) => store.With("Bot:LocalSecret", Secret);

    [Fact]
    public async Task A_caller_on_another_machine_holding_the_secret_is_answered()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");

        var status = await RemoteCaller.PostAsync(Bot.Server, RemoteCaller.Elsewhere, "/api/messages", ActivityJson.Serialize(message), Secret);

        Assert.Equal(200, status);
        Assert.NotEmpty(Peer.RepliesTo(message.Id!));
    }

    [Theory]
    [InlineData("203.0.113.9", null)]
    [InlineData("203.0.113.9", "a-long-local-secret-for-the-tesT")]
    [InlineData("127.0.0.1", null)]
    [InlineData("127.0.0.1", "wrong")]
    public async Task A_caller_without_the_secret_gets_401_even_from_this_machine(string address, string? bearer)
    {
        var chat = NewChat();

        var status =
            await RemoteCaller.PostAsync(Bot.Server, IPAddress.Parse(address), "/api/messages", ActivityJson.Serialize(chat.Message("帮助")), bearer);

        Assert.Equal(401, status);
        Assert.Empty(Peer.Calls);
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ConversationReferences.CountAsync()));
    }
}
