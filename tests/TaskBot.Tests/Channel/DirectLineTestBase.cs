using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Data;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Channel;

/// <summary>Direct Line as a Web Chat page uses it: its token, its conversation, its messages and its stream.</summary>
public abstract class DirectLineTestBase(PostgresServer postgres, StorageProvider provider = StorageProvider.PostgreSql)
    : ChannelTestBase(postgres, provider)
{
    protected sealed record Session(string Token, string ConversationId);

    protected async Task<Session> WebChatTokenAsync(string? previous = null)
    {
        using var response = await Bot.Client.PostAsJsonAsync("/webchat/token", new { token = previous });
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return new Session(body!["token"]!.GetValue<string>(), body["conversationId"]!.GetValue<string>());
    }

    protected async Task<Session> StartedAsync()
    {
        var session = await WebChatTokenAsync();
        using var _ = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token);
        return session;
    }

    protected async Task<JsonObject> ActivitiesAsync(Session session, string? watermark)
    {
        using var response = await SendAsync(HttpMethod.Get,
            $"/v3/directline/conversations/{session.ConversationId}/activities" + (watermark is null ? "" : $"?watermark={watermark}"),
            session.Token);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    protected Task<HttpResponseMessage> PostMessageAsync(Session session, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities")
        {
            Content = JsonContent.Create(new
            {
                type = "message", text, from = new { id = "someone", role = "user" }, locale = "zh-CN", channelData = new { clientActivityID = "c1" },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        return Bot.Client.SendAsync(request);
    }

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return Bot.Client.SendAsync(request);
    }

    protected static async Task<JsonObject> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var result = await socket.ReceiveAsync(buffer, timeout.Token);
        return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
    }

    protected async Task<WebSocket> StreamAsync(Session session)
    {
        using var reconnect = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}", session.Token);
        var streamUrl = (await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]!.GetValue<string>();
        return await Bot.Server.CreateWebSocketClient()
            .ConnectAsync(new Uri(Bot.Server.BaseAddress, new Uri(streamUrl).PathAndQuery), CancellationToken.None);
    }
}
