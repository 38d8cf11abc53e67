using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>What keeps one Direct Line client from flooding the store: per-address rates, per-conversation caps, token expiry.</summary>
[Collection(TestCollections.DirectLine)]
public class DirectLineLimitsTests(PostgresServer postgres) : DirectLineTestBase(postgres)
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private const string Secret = "the-sites-back-end-secret";

    protected override void Configure(TestStore store) => store.With("DirectLine:Secret", Secret)
        .With("DirectLine:TokensPerWindow", "3").With("DirectLine:ConversationsPerWindow", "2").With("DirectLine:RateWindow", "01:00:00")
        .With("DirectLine:MaxActivitiesPerConversation", "6").With("DirectLine:MaxBytesPerConversation", "65536");

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);

    [Fact]
    public async Task Tokens_beyond_the_limit_from_one_address_get_429_and_other_addresses_are_not_affected()
    {
        for (var i = 0; i < 3; i++) await WebChatTokenAsync();

        using var refused = await Bot.Client.PostAsJsonAsync("/webchat/token", new { });
        var elsewhere = await RemoteCaller.PostAsync(Bot.Server, RemoteCaller.Elsewhere, "/webchat/token", "{}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(200, elsewhere);
    }

    [Fact]
    public async Task A_sites_back_end_holding_the_secret_is_not_limited()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var generate = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
            using var start = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret);
            statuses.AddRange([generate.StatusCode, start.StatusCode]);
        }

        Assert.Equal(Enumerable.Repeat(new[] { HttpStatusCode.OK, HttpStatusCode.Created }, 5).SelectMany(s => s), statuses);
    }

    [Fact]
    public async Task Conversations_beyond_the_limit_from_one_address_get_429_and_are_not_created()
    {
        await StartedAsync();
        await StartedAsync();
        var third = await WebChatTokenAsync();

        using var refused = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", third.Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(2, await Bot.WithScopeAsync(sp => sp.Db().DirectLineConversations.CountAsync()));
    }

    [Fact]
    public async Task A_message_to_a_conversation_at_its_activity_limit_gets_409_and_is_not_stored()
    {
        var session = await StartedAsync();

        var (refused, before) = await FillAsync(session);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ConversationFull", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await StoredAsync(session));
        Assert.InRange(before, 6, 20);
        refused.Dispose();
    }

    [Fact]
    public async Task A_page_whose_conversation_is_full_gets_a_new_conversation_as_the_same_user()
    {
        var session = await StartedAsync();
        (await FillAsync(session)).Refused.Dispose();

        using var response = await Bot.Client.PostAsJsonAsync("/webchat/token", new { token = session.Token });

        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotEqual(session.ConversationId, body["conversationId"]!.GetValue<string>());
        Assert.False(body["resumed"]!.GetValue<bool>());
        Assert.Equal(await UserOfAsync(session), body["userId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_that_would_take_a_conversation_over_its_byte_limit_gets_409_and_is_not_stored()
    {
        var session = await StartedAsync();
        var before = await StoredAsync(session);

        using var post = await PostMessageAsync(session, new string('字', 30_000));

        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Equal(before, await StoredAsync(session));
    }

    [Fact]
    public async Task The_stream_closes_when_its_token_expires()
    {
        var session = await StartedAsync();
        using var socket = await StreamAsync(session);
        await ReceiveAsync(socket);

        _clock.Advance(TimeSpan.FromMinutes(31));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var closing = await socket.ReceiveAsync(new byte[1024], timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, closing.MessageType);
    }

    /// <summary>Posts until the conversation refuses; returns the refusal and how many activities it held then.</summary>
    private async Task<(HttpResponseMessage Refused, int Held)> FillAsync(Session session)
    {
        for (var i = 0; i < 10; i++)
        {
            var held = await StoredAsync(session);
            var post = await PostMessageAsync(session, "帮助");
            if (!post.IsSuccessStatusCode) return (post, held);
            post.Dispose();
        }
        throw new InvalidOperationException("the conversation never filled up");
    }

    private Task<string> UserOfAsync(Session session) =>
        Bot.WithScopeAsync(sp => sp.Db().DirectLineConversations.Where(c => c.Id == session.ConversationId).Select(c => c.UserId).SingleAsync());

    private Task<int> StoredAsync(Session session) =>
        Bot.WithScopeAsync(sp => sp.Db().DirectLineActivities.CountAsync(a => a.ConversationId == session.ConversationId));
}
