using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reliability;

/// <summary>
/// A Web Chat page over real HTTP: its token, its conversation, its posts, and its stream, which it opens again from
/// its last watermark whenever it closes (as DirectLineJS does), keeping everything the stream delivered.
/// </summary>
public sealed class WebChatUser : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(long Watermark, JsonObject Activity)> _received = [];
    private string _token = "";
    private Task _reading = Task.CompletedTask;

    private WebChatUser(string baseUrl) => _http = new HttpClient { BaseAddress = new Uri(baseUrl) };

    public string ConversationId { get; private set; } = "";

    /// <summary>Everything the stream delivered, in the order it came, each with its watermark.</summary>
    public IReadOnlyList<(long Watermark, JsonObject Activity)> Received { get { lock (_received) return [.. _received]; } }

    public static async Task<WebChatUser> OpenAsync(string baseUrl)
    {
        var user = new WebChatUser(baseUrl);
        var token = await (await user.RetriedAsync(() => user._http.PostAsJsonAsync("/webchat/token", new { })))
            .Content.ReadFromJsonAsync<JsonObject>();
        (user._token, user.ConversationId) = (token!["token"]!.GetValue<string>(), token["conversationId"]!.GetValue<string>());
        var started = await user.RetriedAsync(() => user.SendAsync(HttpMethod.Post, "/v3/directline/conversations"));
        var socket = await user.ConnectAsync((await started.Content.ReadFromJsonAsync<JsonObject>())!);
        user._reading = user.ReadAsync(socket);
        return user;
    }

    /// <summary>Posts a message; returns its id. A request the balancer could not hand to an instance is sent again.</summary>
    public async Task<string> SayAsync(string text)
    {
        var posted = await RetriedAsync(() => SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities",
            JsonContent.Create(new { type = "message", text, from = new { id = "visitor", role = "user" }, locale = "zh-CN" })));
        return (await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private async Task ReadAsync(WebSocket socket)
    {
        var buffer = new byte[256 * 1024];
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, _stop.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
                if (result.MessageType == WebSocketMessageType.Close) throw new WebSocketException("closed");
                if (message.Length == 0) continue;
                var set = JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray()))!.AsObject();
                lock (_received)
                    foreach (var activity in set["activities"]!.AsArray())
                        _received.Add((long.Parse(set["watermark"]!.GetValue<string>()), activity!.AsObject()));
            }
            catch (Exception e) when (e is WebSocketException or IOException && !_stop.IsCancellationRequested)
            {
                // The instance holding the stream went away: open it again through the balancer, from the last watermark.
                socket.Dispose();
                socket = await ResumeAsync();
            }
            catch (OperationCanceledException) { }
        }
        socket.Dispose();
    }

    private async Task<WebSocket> ResumeAsync()
    {
        WebSocket? socket = null;
        await Poll.UntilAsync(async () =>
        {
            var watermark = Received.Count > 0 ? Received[^1].Watermark.ToString() : "";
            var resumed = await RetriedAsync(() => SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}?watermark={watermark}"));
            try
            {
                socket = await ConnectAsync((await resumed.Content.ReadFromJsonAsync<JsonObject>())!);
                return true;
            }
            catch (WebSocketException)
            {
                return false; // the balancer chose the instance that is gone before its health check noticed
            }
        }, TimeSpan.FromSeconds(30), "the stream to open again");
        return socket!;
    }

    private async Task<WebSocket> ConnectAsync(JsonObject conversation)
    {
        _token = conversation["token"]!.GetValue<string>();
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(new Uri(conversation["streamUrl"]!.GetValue<string>()), _stop.Token);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return _http.SendAsync(request, _stop.Token);
    }

    // 502/503 come from the balancer when the instance it chose is gone; the request never reached TaskBot.
    private async Task<HttpResponseMessage> RetriedAsync(Func<Task<HttpResponseMessage>> send)
    {
        HttpResponseMessage? response = null;
        await Poll.UntilAsync(async () =>
        {
            response = await send();
            return response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable);
        }, TimeSpan.FromSeconds(30), "the balancer to reach a live instance");
        Assert.True(response!.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // A stream that could not be opened again fails the test through the answers it never delivered.
        try { await _reading; }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or TimeoutException or HttpRequestException) { }
        _http.Dispose();
        _stop.Dispose();
    }
}
