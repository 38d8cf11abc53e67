using System.Net.Http.Headers;
using System.Text;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Benchmarks;

/// <summary>One user's conversation, posted to /api/messages as a channel would; the replies go to the peer.</summary>
public sealed class BenchChat(HttpClient http, string serverUrl, string peerUrl, string conversationId)
{
    private int _next;

    public string ConversationId => conversationId;

    public async Task SayAsync(string text, CancellationToken cancellationToken = default)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message, Id = $"{conversationId}-{Interlocked.Increment(ref _next)}", ChannelId = "bench", ServiceUrl = peerUrl,
            Conversation = new ConversationAccount { Id = conversationId }, From = new ChannelAccount { Id = "user-" + conversationId, Name = "联络员" },
            Recipient = new ChannelAccount { Id = "bot", Name = "TaskBot" }, Locale = "zh-CN", Text = text,
        };
        using var content = new StringContent(ActivityJson.Serialize(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(serverUrl + "/api/messages", content, cancellationToken);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}");
    }
}
