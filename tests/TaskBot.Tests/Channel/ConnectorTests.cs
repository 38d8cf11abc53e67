using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.Schema;
using TaskBot.BotFramework.Turns;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>What TaskBot does when the Connector pushes back, and proactive sends from stored references.</summary>
[Collection(TestCollections.Channel)]
public class ConnectorTests(PostgresServer postgres) : ChannelTestBase(postgres)
{
    [Theory]
    [InlineData(429, "0")]
    [InlineData(412, null)]
    [InlineData(502, null)]
    [InlineData(504, null)]
    public async Task Transient_failures_are_retried_until_the_reply_gets_through(int status, string? retryAfter)
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        Peer.Answer(status, retryAfter);

        var replies = await chat.SendAsync(message);

        var first = Peer.RepliesTo(message.Id!).First();
        Assert.Equal(2, Peer.Calls.Count(c => c.Activity?.Text == first.Activity!.Text));
        Assert.Contains("TaskBot", replies.Texts());
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task Permanent_failures_are_not_retried(int status)
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");
        var before = Peer.Calls.Count;
        Peer.Answer(status);

        var failure = await Assert.ThrowsAnyAsync<ConnectorException>(() =>
            Proactive().SendAsync("test", chat.ConversationId, Activity.CreateMessage("通知"), CancellationToken.None));

        Assert.Equal(status, failure.Status);
        Assert.Equal(before + 1, Peer.Calls.Count);
    }

    [Theory]
    [InlineData(403, false)]
    [InlineData(404, false)]
    [InlineData(403, true)]
    [InlineData(404, true)]
    public async Task A_conversation_the_channel_says_is_gone_gets_no_more_proactive_messages(int status, bool refusedAReply)
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");
        Peer.Answer(status);
        // A reply goes after its turn's commit; on PostgreSQL this turn runs on the state kept from the one before.
        if (refusedAReply) await chat.SayAsync("帮助");
        else await Assert.ThrowsAnyAsync<Exception>(() =>
            Proactive().SendAsync("test", chat.ConversationId, Activity.CreateMessage("通知"), CancellationToken.None));
        var calls = Peer.Calls.Count;

        var sent = await Proactive().SendAsync("test", chat.ConversationId, Activity.CreateMessage("再次通知"), CancellationToken.None);

        Assert.False(sent);
        Assert.Equal(calls, Peer.Calls.Count);
    }

    [Fact]
    public async Task A_proactive_message_reaches_the_conversation_after_a_restart()
    {
        var chat = NewChat();
        await chat.SayAsync("帮助");
        await RestartAsync();

        var sent = await Bot.WithScopeAsync(sp => sp.GetRequiredService<ProactiveMessenger>()
            .SendAsync("test", chat.ConversationId, Activity.CreateMessage("本周调度提醒"), CancellationToken.None));

        Assert.True(sent);
        var call = Peer.Calls.Last();
        Assert.Equal($"/v3/conversations/{chat.ConversationId}/activities", call.Path);
        Assert.Equal("本周调度提醒", call.Activity!.Text);
        Assert.Null(call.Activity.ReplyToId);
        Assert.Equal("user-" + chat.ConversationId, call.Activity.Recipient!.Id);
    }

    [Fact]
    public async Task An_empty_200_from_the_connector_is_accepted_and_the_turn_goes_on()
    {
        var chat = NewChat();
        Peer.Answer(200);

        var replies = await chat.SayAsync("帮助");

        Assert.Equal(2, replies.Count);
        Assert.Contains("您想了解哪一项？", replies.Texts());
    }

    [Fact]
    public async Task A_redirect_from_the_connector_is_not_followed()
    {
        Peer.Serve("/moved/v3/conversations/c1/activities", http =>
        {
            http.Response.StatusCode = 307;
            http.Response.Headers.Location = Peer.Url + "v3/conversations/c1/activities";
            return Task.CompletedTask;
        });

        await Assert.ThrowsAnyAsync<ConnectorException>(() => Connector().SendToConversationAsync(
            Peer.Url + "moved/", "c1", Activity.CreateMessage("通知"), CancellationToken.None, retry: false));

        Assert.Empty(Peer.Calls);
    }

    [Theory]
    [InlineData("?x=1")]
    [InlineData("#x")]
    public async Task A_service_url_with_a_query_or_fragment_is_never_called(string ending)
    {
        await Assert.ThrowsAnyAsync<ConnectorException>(() => Connector().SendToConversationAsync(
            Peer.Url + ending, "c1", Activity.CreateMessage("通知"), CancellationToken.None, retry: false));

        Assert.Empty(Peer.Calls);
    }

    [Fact]
    public async Task A_service_url_with_user_info_is_never_called()
    {
        var withUser = Peer.Url.Replace("http://", "http://user:secret@", StringComparison.Ordinal);

        await Assert.ThrowsAnyAsync<ConnectorException>(() => Connector().SendToConversationAsync(
            withUser, "c1", Activity.CreateMessage("通知"), CancellationToken.None, retry: false));

        Assert.Empty(Peer.Calls);
    }

    private ConnectorClient Connector() => Bot.Services.CreateScope().ServiceProvider.GetRequiredService<ConnectorClient>();

    private ProactiveMessenger Proactive() => Bot.Services.CreateScope().ServiceProvider.GetRequiredService<ProactiveMessenger>();
}
