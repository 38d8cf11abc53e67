using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TaskBot.Tests.Infrastructure;

/// <summary>A Web Chat page's conversation over TaskBot's Direct Line: its token, its posts and its transcript.</summary>
public sealed class DirectLineChat
{
    private readonly HttpClient _client;
    private readonly string _token;

    private DirectLineChat(HttpClient client, string token, string conversationId) =>
        (_client, _token, ConversationId) = (client, token, conversationId);

    public string ConversationId { get; }

    /// <summary>A conversation as the page at / starts one: a token from /webchat/token, then the conversation.</summary>
    public static async Task<DirectLineChat> StartAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/webchat/token", new { token = (string?)null });
        var session = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var chat = new DirectLineChat(client, session["token"]!.GetValue<string>(), session["conversationId"]!.GetValue<string>());
        using (await chat.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null)) { }
        return chat;
    }

    /// <summary>Posts a message and insists on 200; returns the activity's id.</summary>
    public async Task<string> SayAsync(string text)
    {
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities",
            JsonContent.Create(new { type = "message", text, from = new { id = "visitor", role = "user" }, locale = "zh-CN" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>The conversation's activities in watermark order (the first 500).</summary>
    public async Task<IReadOnlyList<JsonObject>> TranscriptAsync()
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities", null);
        return [.. (await response.Content.ReadFromJsonAsync<JsonObject>())!["activities"]!.AsArray().Select(a => a!.AsObject())];
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return _client.SendAsync(request);
    }
}
