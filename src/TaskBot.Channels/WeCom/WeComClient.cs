using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Connector;

namespace TaskBot.Channels.WeCom;

/// <summary>
/// The app's server API: an access token from gettoken, kept until shortly before it expires (and fetched again when
/// the platform answers that it expired or is invalid), and message/send.
/// </summary>
public sealed class WeComClient
{
    // 40014 invalid access_token, 42001 access_token expired, 40001 invalid credential.
    private static readonly long[] TokenErrors = [40014, 42001, 40001];
    // 45009 API calls over the limit, 45033 too many concurrent calls.
    private static readonly long[] RateErrors = [45009, 45033];
    private readonly HttpClient _http;
    private readonly WeComOptions _options;
    private readonly CachedToken _token;

    public WeComClient(HttpClient http, IOptions<WeComOptions> options, TimeProvider time)
    {
        (_http, _options) = (http, options.Value);
        _token = new CachedToken(FetchTokenAsync, time);
    }

    /// <summary>Sends one app message (the body without agentid, which is added); refreshes the token once if it was refused.</summary>
    public async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        message["agentid"] = _options.AgentId;
        for (var attempt = 0; ; attempt++)
        {
            var token = await _token.GetAsync(cancellationToken);
            var answer = await PostAsync($"cgi-bin/message/send?access_token={Uri.EscapeDataString(token)}", message, cancellationToken);
            var code = ErrorCode(answer);
            if (code == 0) return;
            if (TokenErrors.Contains(code) && attempt == 0)
            {
                _token.Invalidate(token);
                continue;
            }
            if (RateErrors.Contains(code)) throw new ConnectorException(429, $"企业微信 answered {code}: {answer?["errmsg"]}", TimeSpan.FromMinutes(1));
            // 81013: the member is not in the app's visible range (left, or removed from it).
            if (code is 81013 or 60111) throw new ConversationGoneException(404, $"企业微信 answered {code}: {answer?["errmsg"]}");
            throw new ConnectorException(400, $"企业微信 answered {code}: {answer?["errmsg"]}");
        }
    }

    private async Task<(string, TimeSpan)> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var url = $"cgi-bin/gettoken?corpid={Uri.EscapeDataString(_options.CorpId)}&corpsecret={Uri.EscapeDataString(_options.Secret)}";
        using var response = await _http.GetAsync(Url(url), cancellationToken);
        var answer = await ReadAsync(response, cancellationToken);
        if (ErrorCode(answer) != 0 || answer?["access_token"]?.GetValue<string>() is not { Length: > 0 } token)
            throw new ConnectorException(401, $"企业微信 gave no access token: {answer?["errcode"]} {answer?["errmsg"]}");
        var seconds = answer["expires_in"]?.GetValue<int>() ?? 7200;
        return (token, TimeSpan.FromSeconds(seconds));
    }

    private async Task<JsonNode?> PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsync(Url(path), JsonBody.Of(body), cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    private static async Task<JsonNode?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode) throw new ConnectorException((int)response.StatusCode, $"{(int)response.StatusCode} from 企业微信");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    private static long ErrorCode(JsonNode? answer) => answer?["errcode"] is JsonValue v && v.TryGetValue<long>(out var code) ? code : -1;

    private Uri Url(string path) => new(new Uri(_options.ApiBaseUrl.TrimEnd('/') + "/"), path);
}
