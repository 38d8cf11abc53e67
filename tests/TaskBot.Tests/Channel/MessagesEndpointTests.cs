using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TaskBot.BotFramework.Schema;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>POST /api/messages as channels use it: what is accepted, what is refused, and what goes back to the Connector.</summary>
[Collection(TestCollections.Channel)]
public class MessagesEndpointTests(PostgresServer postgres) : ChannelTestBase(postgres)
{
    [Fact]
    public async Task A_message_is_answered_with_replies_posted_to_the_connector_as_replies()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");

        var replies = await chat.SendAsync(message);

        Assert.Contains("TaskBot", replies.Texts());
        var call = Peer.Calls.First(c => c.Activity?.ReplyToId == message.Id);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{chat.ConversationId}/activities/{Uri.EscapeDataString(message.Id!)}", call.Path);
        Assert.Equal("", call.Authorization);
        var reply = call.Activity!;
        Assert.Equal("message", reply.Type);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal(message.From!.Id, reply.Recipient!.Id);
        Assert.Equal(chat.ConversationId, reply.Conversation!.Id);
        Assert.Null(reply.Id);
    }

    [Fact]
    public async Task The_http_response_to_a_message_is_200_with_an_empty_body()
    {
        var chat = NewChat();
        using var response = await chat.PostAsync(ActivityJson.Serialize(chat.Message("帮助")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    public async Task A_service_url_with_or_without_a_trailing_slash_gives_the_same_route(string ending)
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        message.ServiceUrl = Peer.Url.TrimEnd('/') + ending;

        await chat.SendAsync(message);

        var replies = Peer.RepliesTo(message.Id!);
        Assert.NotEmpty(replies);
        Assert.All(replies, c => Assert.StartsWith("/v3/conversations/", c.Path));
    }

    [Theory]
    [InlineData("""{"type":"message","text":"帮助","newField":{"deep":[1,2]},"channelId":"test","conversation":{"id":"C1","extra":true},"from":"""
        + """{"id":"u"},"serviceUrl":"SERVICE"}""")]
    [InlineData("""{"type":"message","text":"帮助","channelId":"test","conversation":{"id":"C2"},"from":{"id":"u"},"serviceUrl":"SERVICE"}""")]
    public async Task Unknown_fields_and_missing_recipient_or_timestamp_are_accepted(string json)
    {
        var chat = NewChat();
        using var response = await chat.PostAsync(json.Replace("SERVICE", Peer.Url).Replace("\"C", "\"" + chat.ConversationId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Peer.Calls, c => c.Activity?.Conversation?.Id?.StartsWith(chat.ConversationId) == true);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_and_ignored()
    {
        var chat = NewChat();
        var replies = await chat.SendAsync(chat.Activity("somethingNew"));
        Assert.Empty(replies);
    }

    [Fact]
    public async Task A_conversation_update_with_no_members_is_accepted_quietly()
    {
        var chat = NewChat();
        var update = chat.Activity(ActivityTypes.ConversationUpdate);
        update.MembersAdded = [];
        Assert.Empty(await chat.SendAsync(update));
    }

    [Fact]
    public async Task A_user_joining_is_welcomed_but_the_bot_joining_is_not()
    {
        var chat = NewChat();
        var botJoins = chat.Activity(ActivityTypes.ConversationUpdate);
        botJoins.MembersAdded = [new ChannelAccount { Id = "bot" }];
        var userJoins = chat.Activity(ActivityTypes.ConversationUpdate);
        userJoins.MembersAdded = [new ChannelAccount { Id = "user-1" }];

        Assert.Empty(await chat.SendAsync(botJoins));
        var welcome = Assert.Single(await chat.SendAsync(userJoins));
        Assert.Contains("TaskBot", welcome.Text);
        Assert.Equal(["帮助"], welcome.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Theory]
    [InlineData("{not json", "application/json", 400)]
    [InlineData("", "application/json", 400)]
    [InlineData("null", "application/json", 400)]
    [InlineData("""{"channelId":"test","conversation":{"id":"c"}}""", "application/json", 400)]
    [InlineData("""{"type":"message","channelId":"test"}""", "application/json", 400)]
    [InlineData("""{"type":"message","channelId":"test","conversation":{"id":"c"},"text":5}""", "application/json", 400)]
    [InlineData("""{"type":"message","channelId":"test","conversation":{"id":"c"}}""", "text/plain", 415)]
    [InlineData("""{"type":"message","channelId":"test","conversation":{"id":"c"}}""", "application/jsonx", 415)]
    [InlineData("""{"type":"message","channelId":"test","conversation":{"id":"c"}}""", "application/json-seq", 415)]
    [InlineData("""{"type":"message","channelId":"test","conversation":{"id":"c"}}""", "text/x+json", 415)]
    public async Task Bad_requests_get_a_client_error_and_nothing_is_stored_or_sent(string body, string contentType, int status)
    {
        using var response = await NewChat().PostAsync(body, contentType);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(Peer.Calls);
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ConversationReferences.CountAsync()));
    }

    [Fact]
    public async Task An_activity_over_256_kilobytes_is_refused_with_413()
    {
        var chat = NewChat();
        using var response = await chat.PostAsync(ActivityJson.Serialize(chat.Message(new string('字', 100_000))));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Peer.Calls);
    }

    [Fact]
    public async Task Other_methods_than_post_get_405()
    {
        using var response = await Bot.Client.GetAsync("/api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_501()
    {
        var chat = NewChat();
        var invoke = chat.Activity(ActivityTypes.Invoke);
        invoke.Name = "composeExtension/query";
        using var response = await chat.PostAsync(ActivityJson.Serialize(invoke));
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_response_and_calls_no_connector()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        message.DeliveryMode = "expectReplies";

        using var response = await chat.PostAsync(ActivityJson.Serialize(message));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains("TaskBot", body["activities"]![0]!["text"]!.GetValue<string>());
        Assert.Empty(Peer.Calls);
    }

    [Fact]
    public async Task An_activity_delivered_again_is_handled_once()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");

        var first = await chat.SendAsync(message);
        await chat.SendAsync(message);

        Assert.NotEmpty(first);
        Assert.Equal(first.Count, Peer.RepliesTo(message.Id!).Count);
    }

    [Fact]
    public async Task Without_an_app_id_a_service_url_off_this_machine_is_refused_and_nothing_is_stored_or_sent()
    {
        var chat = NewChat();
        var message = chat.Message("帮助");
        message.ServiceUrl = "http://169.254.169.254/latest/";

        using var response = await chat.PostAsync(ActivityJson.Serialize(message));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Peer.Calls);
        Assert.Equal(0, await Bot.WithScopeAsync(sp => sp.Db().ProcessedActivities.CountAsync()));
    }
}
