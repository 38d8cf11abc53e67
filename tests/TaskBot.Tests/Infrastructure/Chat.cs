using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// One conversation as a channel carries it: each message goes to /api/messages and the test reads the replies
/// TaskBot posted back to the channel's Connector, so a test reads like the chat it checks.
/// </summary>
/// <param name="userId">Who speaks; by default a user of this conversation's own.</param>
public sealed class Chat(Func<HttpClient> client, ConnectorPeer peer, string conversationId, string locale = "zh-CN", string channelId = "test",
    string? userId = null, string? userName = "联络员")
{
    private int _next;

    public string ConversationId => conversationId;
    public string? Token { get; set; }

    public Activity Message(string? text) => Activity(ActivityTypes.Message, text);

    public Activity Activity(string type, string? text = null) => new()
    {
        Type = type,
        Id = $"{conversationId}-{(userId is null ? "" : userId + "-")}{Interlocked.Increment(ref _next)}",
        ChannelId = channelId,
        ServiceUrl = peer.Url,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId ?? "user-" + conversationId, Name = userName },
        Recipient = new ChannelAccount { Id = "bot", Name = "TaskBot" },
        Locale = locale,
        Text = text,
    };

    /// <summary>Sends a message and returns the texts of the bot's replies to it.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text) => await SendAsync(Message(text));

    /// <summary>Submits an Adaptive Card: a message with no text and the card's data as value.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JsonObject data)
    {
        var submit = Message(null);
        submit.Value = data;
        return SendAsync(submit);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await PostAsync(ActivityJson.Serialize(activity));
        Assert.Equal(200, (int)response.StatusCode);
        return [.. peer.RepliesTo(activity.Id!).Select(c => c.Activity!)];
    }

    public Task<HttpResponseMessage> PostAsync(string json, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (Token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client().SendAsync(request);
    }
}
