using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TaskBot.BotFramework.Turns;
using TaskBot.Data;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>TaskBot's own Direct Line 3.0, as DirectLineJS and Web Chat use it.</summary>
[Collection(TestCollections.DirectLine)]
public abstract class DirectLineTests(PostgresServer postgres, StorageProvider provider) : DirectLineTestBase(postgres, provider)
{
    private const string Secret = "direct-line-test-secret";

    private readonly LogCapture _logs = new();

    private static readonly IPAddress Balancer = IPAddress.Parse("192.0.2.1");

    protected override void Configure(TestStore store) =>
        store.With("DirectLine:Secret", Secret).With("Server:TrustedProxies:0", Balancer.ToString());

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(_logs);
        services.AddScoped<ITurnMiddleware, FailOnCue>();
    }

    [Fact]
    public async Task Starting_a_conversation_gets_201_a_stream_url_and_the_welcome()
    {
        var session = await WebChatTokenAsync();

        using var start = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token);

        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var body = await start.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(session.ConversationId, body!["conversationId"]!.GetValue<string>());
        Assert.StartsWith("ws://", body["streamUrl"]!.GetValue<string>());
        var activities = await ActivitiesAsync(session, null);
        Assert.Contains("TaskBot", activities["activities"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Behind_a_TLS_balancer_the_stream_is_wss_and_nobody_else_can_claim_a_scheme()
    {
        var session = await StartedAsync();

        Assert.StartsWith("wss://", await StreamUrlAsync(session, from: Balancer, forwardedProto: "https"));
        Assert.StartsWith("ws://", await StreamUrlAsync(session, from: RemoteCaller.Elsewhere, forwardedProto: "https"));
    }

    [Fact]
    public async Task Starting_an_existing_conversation_again_gets_200_and_no_second_welcome()
    {
        var session = await StartedAsync();
        using var again = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await ActivitiesAsync(session, null))["activities"]!.AsArray());
    }

    [Fact]
    public async Task A_posted_message_is_echoed_and_answered_and_the_watermark_pages_through_them()
    {
        var session = await StartedAsync();
        var watermark = (await ActivitiesAsync(session, null))["watermark"]!.GetValue<string>();

        using var post = await PostMessageAsync(session, "帮助");

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var id = (await post.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var page = await ActivitiesAsync(session, watermark);
        var activities = page["activities"]!.AsArray();
        Assert.Equal(id, activities[0]!["id"]!.GetValue<string>());
        Assert.Equal("帮助", activities[0]!["text"]!.GetValue<string>());
        Assert.Equal("taskbot", activities[1]!["from"]!["id"]!.GetValue<string>());
        Assert.Empty((await ActivitiesAsync(session, page["watermark"]!.GetValue<string>()))["activities"]!.AsArray());
    }

    [Fact]
    public async Task The_stream_sends_the_backlog_then_live_activities()
    {
        var session = await StartedAsync();
        using var socket = await StreamAsync(session);

        var backlog = await ReceiveAsync(socket);
        Assert.Contains("TaskBot", backlog["activities"]![0]!["text"]!.GetValue<string>());

        using var _ = await PostMessageAsync(session, "帮助");
        var echo = await ReceiveAsync(socket);
        Assert.Equal("帮助", echo["activities"]![0]!["text"]!.GetValue<string>());
        var reply = await ReceiveAsync(socket);
        Assert.Equal("taskbot", reply["activities"]![0]!["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_whose_turn_failed_reaches_no_stream_and_the_next_one_arrives_in_order()
    {
        var session = await StartedAsync();
        using var socket = await StreamAsync(session);
        await ReceiveAsync(socket);  // the welcome

        using (var failed = await PostMessageAsync(session, FailOnCue.Cue)) Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        using var _ = await PostMessageAsync(session, "帮助");

        Assert.Equal("帮助", (await ReceiveAsync(socket))["activities"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("taskbot", (await ReceiveAsync(socket))["activities"]![0]!["from"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain((await ActivitiesAsync(session, null))["activities"]!.AsArray(), a => a!["text"]?.GetValue<string>() == FailOnCue.Cue);
    }

    [Fact]
    public async Task A_token_for_another_conversation_or_a_forged_one_gets_403()
    {
        var mine = await StartedAsync();
        var theirs = await StartedAsync();

        using var wrongConversation = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        using var forged =
            await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities", mine.Token[..^4] + "AAAA");

        Assert.Equal(HttpStatusCode.Forbidden, wrongConversation.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
    }

    [Fact]
    public async Task A_token_is_refreshed_for_the_same_conversation()
    {
        var session = await StartedAsync();
        using var refresh = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        var body = await refresh.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(session.ConversationId, body!["conversationId"]!.GetValue<string>());
        Assert.Equal(1800, body["expires_in"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_page_holding_its_old_token_resumes_its_conversation()
    {
        var session = await StartedAsync();
        var again = await WebChatTokenAsync(session.Token);
        Assert.Equal(session.ConversationId, again.ConversationId);
    }

    [Fact]
    public async Task A_bot_failure_answers_502_and_its_cause_is_logged()
    {
        var session = await StartedAsync();

        using var post = await PostMessageAsync(session, FailOnCue.Cue);

        Assert.Equal(HttpStatusCode.BadGateway, post.StatusCode);
        Assert.Contains(_logs.Entries, e => e.Level >= LogLevel.Error && e.Exception?.Message == FailOnCue.Cause);
    }

    [Theory]
    [InlineData("""{"user":{"id":5}}""")]
    [InlineData("""{"user":"x"}""")]
    [InlineData("[1]")]
    public async Task Generating_a_token_with_a_body_that_names_no_user_gets_400(string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);

        using var response = await Bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Generating_a_token_needs_the_secret()
    {
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "not-the-secret");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>The stream URL a reconnecting page is given, asked from an address with an X-Forwarded-Proto header.</summary>
    private async Task<string> StreamUrlAsync(Session session, IPAddress from, string forwardedProto)
    {
        var context = await Bot.Server.SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Get;
            http.Request.Path = $"/v3/directline/conversations/{session.ConversationId}";
            http.Request.Headers.Authorization = "Bearer " + session.Token;
            http.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
            http.Connection.RemoteIpAddress = from;
        });
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        return (await JsonNode.ParseAsync(context.Response.Body))!["streamUrl"]!.GetValue<string>();
    }

    private sealed class FailOnCue : ITurnMiddleware
    {
        public const string Cue = "fail-this-turn";
        public const string Cause = "the test's bot failed on cue";

        public Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken) =>
            turn.Activity.Text == Cue ? throw new InvalidOperationException(Cause) : next();
    }
}

public sealed class SqliteDirectLineTests(PostgresServer postgres) : DirectLineTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlDirectLineTests(PostgresServer postgres) : DirectLineTests(postgres, StorageProvider.PostgreSql);
