using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API, as the bot calls it: reply, send, update, delete. Retries 429 (honouring
/// Retry-After) and 412/5xx gateway errors with jittered backoff; 403/404 mean the conversation is gone.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http, IAccessTokenProvider tokens, ServiceUrlPolicy serviceUrls, IOptions<BotOptions> options, TimeProvider time,
    ILogger<ConnectorClient> log)
{
    /// <param name="retry">false: one attempt, the caller retries (its own backoff, the Retry-After on the exception).</param>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity,
        CancellationToken cancellationToken, bool retry = true) =>
        SendActivityAsync(HttpMethod.Post, Url(serviceUrl, conversationId), activity, cancellationToken, retry);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity,
        CancellationToken cancellationToken, bool retry = true) =>
        SendActivityAsync(HttpMethod.Post, Url(serviceUrl, conversationId, activityId), activity, cancellationToken, retry);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity,
        CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Put, Url(serviceUrl, conversationId, activityId), activity, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Delete, Url(serviceUrl, conversationId, activityId), null, cancellationToken)).Dispose();

    /// <summary>One attempt at posting an activity written beforehand (the outbox's); what the channel answers is not read.</summary>
    public async Task PostOnceAsync(PostedActivity activity, CancellationToken cancellationToken) =>
        (await SendAsync(HttpMethod.Post, Url(activity.ServiceUrl, activity.ConversationId, activity.ReplyToId is "" ? null : activity.ReplyToId),
            activity.Json, cancellationToken, retry: false)).Dispose();

    private async Task<ResourceResponse> SendActivityAsync(HttpMethod method, string url, Activity activity, CancellationToken cancellationToken,
        bool retry = true)
    {
        using var response = await SendAsync(method, url, ActivityJson.SerializeToUtf8Bytes(activity), cancellationToken, retry);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        // Some channels and emulators answer 200 with an empty body.
        try { return string.IsNullOrWhiteSpace(body) ? new ResourceResponse() : ActivityJson.Deserialize<ResourceResponse>(body) ?? new(); }
        catch (System.Text.Json.JsonException) { return new ResourceResponse(); }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, byte[]? json, CancellationToken cancellationToken,
        bool retry = true)
    {
        var bot = options.Value;
        var attempts = retry ? bot.SendAttempts : 1;
        if (ServiceUrlPolicy.Parse(url) is not { } uri)
            throw new ConnectorException(0, $"refusing to send to {url}: user info, a query or a fragment in the service URL");
        if (!bot.AuthenticationEnabled && !serviceUrls.IsAllowedWithoutToken(uri))
            throw new ConnectorException(0, $"refusing to send to {url}: not loopback and not in Bot:AllowedServiceUrls");
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (json is not null)
                request.Content = new ByteArrayContent(json) { Headers = { ContentType = new("application/json") { CharSet = "utf-8" } } };
            if (await tokens.GetTokenAsync(cancellationToken) is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode) return response;
            var status = response.StatusCode;
            var detail = await response.Content.ReadAsStringAsync(cancellationToken);
            var delay = RetryPolicy.Delay(attempt, bot.RetryBaseDelay, response.Headers.RetryAfter, time.GetUtcNow());
            var askedFor = response.Headers.RetryAfter is null ? (TimeSpan?)null : delay;
            response.Dispose();
            if (!RetryPolicy.IsTransient(status) || attempt + 1 >= attempts)
            {
                var message = $"{method} {url} answered {(int)status}: {detail}";
                throw status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    ? new ConversationGoneException((int)status, message)
                    : new ConnectorException((int)status, message, askedFor);
            }
            log.LogInformation("Connector answered {Status}; retrying in {Delay}", (int)status, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private static string Url(string serviceUrl, string conversationId, string? activityId = null) =>
        $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities"
        + (activityId is null ? "" : "/" + Uri.EscapeDataString(activityId));
}
