using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Connector;
using TaskBot.BotFramework.Turns;

namespace TaskBot.Channels.DingTalk;

/// <summary>
/// The robot's server API: an access token from the app key and secret (kept until shortly before it expires, fetched
/// again when refused), one-to-one messages (oToMessages/batchSend), group messages, and posts to a session webhook.
/// </summary>
public sealed class DingTalkClient
{
    private readonly HttpClient _http;
    private readonly DingTalkOptions _options;
    private readonly CachedToken _token;
    private readonly TimeProvider _time;

    public DingTalkClient(HttpClient http, IOptions<DingTalkOptions> options, TimeProvider time)
    {
        (_http, _options, _time) = (http, options.Value, time);
        _token = new CachedToken(FetchTokenAsync, time);
    }

    /// <summary>A message template (msgKey and its parameters) to one person, or into a group the robot is in.</summary>
    public Task SendAsync(string? userId, string? groupId, string msgKey, JsonObject msgParam, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["robotCode"] = _options.RobotCode, ["msgKey"] = msgKey, ["msgParam"] = msgParam.ToJsonString() };
        if (groupId is not null) body["openConversationId"] = groupId;
        else body["userIds"] = new JsonArray(userId);
        return CallAsync(groupId is null ? "v1.0/robot/oToMessages/batchSend" : "v1.0/robot/groupMessages/send", body, cancellationToken);
    }

    /// <summary>Answers in the conversation a callback came from, through its session webhook (no token needed).</summary>
    public async Task ReplyAsync(Uri webhook, JsonObject message, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(webhook, JsonBody.Of(message), cancellationToken);
        var answer = await ReadAsync(response, cancellationToken);
        if (answer?["errcode"] is JsonValue v && v.TryGetValue<long>(out var code) && code != 0)
            throw new ConnectorException(code == 130101 ? 429 : 400, $"钉钉 answered {code}: {answer["errmsg"]}", TimeSpan.FromMinutes(1));
    }

    private async Task CallAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await _token.GetAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = JsonBody.Of(body) };
            request.Headers.Add("x-acs-dingtalk-access-token", token);
            using var response = await _http.SendAsync(request, cancellationToken);
            // 401: the token expired or was revoked.
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                _token.Invalidate(token);
                continue;
            }
            // The robot API holds back what would pass a person's limit, and says so instead of failing.
            if ((await ReadAsync(response, cancellationToken))?["flowControlledStaffIdList"] is JsonArray { Count: > 0 })
                throw new QuotaExceededException(DingTalkChannel.ChannelId, TimeSpan.FromMinutes(1), daily: false);
            return;
        }
    }

    private async Task<(string, TimeSpan)> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["appKey"] = _options.AppKey, ["appSecret"] = _options.AppSecret };
        using var response = await _http.PostAsync(Url("v1.0/oauth2/accessToken"), JsonBody.Of(body), cancellationToken);
        var answer = await ReadAsync(response, cancellationToken);
        if (answer?["accessToken"]?.GetValue<string>() is not { Length: > 0 } token) throw new ConnectorException(401, "钉钉 gave no access token");
        return (token, TimeSpan.FromSeconds(answer["expireIn"]?.GetValue<int>() ?? 7200));
    }

    private async Task<JsonNode?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        // The organisation's API calls for the month are used up: nothing goes until the month ends or more are bought,
        // so ask again tomorrow.
        if (text.Contains("ApiCountLimitForOrg", StringComparison.Ordinal) || text.Contains("\"errcode\":90020", StringComparison.Ordinal))
        {
            var wait = QuotaWait.UntilTomorrow(_time.GetUtcNow());
            throw new QuotaExceededException(DingTalkChannel.ChannelId, wait.RetryAfter, daily: true) { Monthly = true };
        }
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            throw new ConnectorException(429, "钉钉: too many requests", TimeSpan.FromMinutes(1));
        if (!response.IsSuccessStatusCode) throw new ConnectorException((int)response.StatusCode, $"{(int)response.StatusCode} from 钉钉: {text}");
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private Uri Url(string path) => new(new Uri(_options.ApiBaseUrl.TrimEnd('/') + "/"), path);
}
