using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// One user's conversation posted to a TaskBot's /api/messages as a channel posts it; the bot sends its replies to
/// the Connector peer at <paramref name="peerUrl"/>.
/// </summary>
public sealed class ChannelChat(HttpClient http, string serverUrl, string peerUrl, string conversationId)
{
    private int _next;

    public string ConversationId => conversationId;

    /// <summary>Says something and insists on a 2xx.</summary>
    public async Task SayAsync(string text, CancellationToken cancellationToken = default)
    {
        var status = await DeliverAsync(Message(text), cancellationToken);
        if ((int)status is < 200 or > 299) throw new InvalidOperationException($"/api/messages answered {(int)status}");
    }

    /// <summary>A new message from the user, with an id of its own; deliver it once or, as a channel does, again.</summary>
    public Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message, Id = $"{conversationId}-{Interlocked.Increment(ref _next)}", ChannelId = "test", ServiceUrl = peerUrl,
        Conversation = new ConversationAccount { Id = conversationId }, From = new ChannelAccount { Id = "user-" + conversationId, Name = "联络员" },
        Recipient = new ChannelAccount { Id = "bot", Name = "TaskBot" }, Locale = "zh-CN", Text = text,
    };

    /// <summary>One delivery of the activity; the status the bot answered.</summary>
    public async Task<HttpStatusCode> DeliverAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        using var content = new StringContent(ActivityJson.Serialize(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync(serverUrl + "/api/messages", content, cancellationToken);
        return response.StatusCode;
    }
}
