using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Platforms;

/// <summary>
/// A fake 钉钉 on the tests' loopback peer: signs robot callbacks as the platform documents (written here, apart from
/// TaskBot's code), serves the access token, one-to-one messages and session webhooks, and keeps what TaskBot sent.
/// </summary>
public sealed class DingTalkPlatform
{
    public const string AppKey = "dingxmzh5ffqojq0dbqr";
    public const string AppSecret = "Hk3T0_qsAppSecretForTests_8f2a91c0d7";
    public const string RobotCode = AppKey;
    private int _tokens;

    public DingTalkPlatform(ConnectorPeer peer)
    {
        Peer = peer;
        peer.Serve("/dingtalk/v1.0/oauth2/accessToken", async http =>
        {
            NoteLength(http);
            await Json(http, $$"""{"accessToken":"dt-token-{{Interlocked.Increment(ref _tokens)}}","expireIn":7200}""");
        });
        peer.Serve("/dingtalk/v1.0/robot/oToMessages/batchSend", async http =>
        {
            NoteLength(http);
            var body = (await JsonNode.ParseAsync(http.Request.Body))!;
            if (ApiCallsUsedUp)
            {
                http.Response.StatusCode = 403;
                await Json(http, """{"code":"Forbidden.AccessDenied.ApiCountLimitForOrg","message":"api count limit for org"}""");
                return;
            }
            var held = FlowControlled.Contains((string)body["userIds"]![0]!);
            if (!held) ApiSent.Enqueue((http.Request.Headers["x-acs-dingtalk-access-token"].ToString(), body));
            await Json(http,
                """{"processQueryKey":"pqk","invalidStaffIdList":[],"flowControlledStaffIdList":"""
                + $$"""[{{(held ? body["userIds"]![0]!.ToJsonString() : "")}}]}""");
        });
        peer.Serve("/oapi/robot/sendBySession", async http =>
        {
            NoteLength(http);
            var body = (await JsonNode.ParseAsync(http.Request.Body))!;
            if (SessionsDropped)
            {
                await Json(http, """{"errcode":300001,"errmsg":"session 不存在"}""");
                return;
            }
            WebhookSent.Enqueue((http.Request.Query["session"].ToString(), body));
            await Json(http, """{"errcode":0,"errmsg":"ok"}""");
        });
    }

    public ConnectorPeer Peer { get; }
    public ConcurrentQueue<(string Token, JsonNode Body)> ApiSent { get; } = new();
    public ConcurrentQueue<(string Session, JsonNode Body)> WebhookSent { get; } = new();

    /// <summary>The paths of requests that came without a Content-Length (a chunked body).</summary>
    public ConcurrentQueue<string> WithoutLength { get; } = new();

    private void NoteLength(HttpContext http)
    {
        if (http.Request.ContentLength is null) WithoutLength.Enqueue(http.Request.Path);
    }

    /// <summary>Staff the platform holds messages back from (its flow control), naming them in its answer.</summary>
    public ConcurrentBag<string> FlowControlled { get; } = [];

    /// <summary>钉钉 has dropped every session before its stated expiry: session webhooks answer 300001.</summary>
    public bool SessionsDropped { get; set; }

    /// <summary>The organisation's API calls for the month are used up: the robot API answers 403.</summary>
    public bool ApiCallsUsedUp { get; set; }

    public static IEnumerable<KeyValuePair<string, string?>> Settings(ConnectorPeer peer) => new Dictionary<string, string?>
    {
        ["DingTalk:AppKey"] = AppKey, ["DingTalk:AppSecret"] = AppSecret, ["DingTalk:RobotCode"] = RobotCode,
        ["DingTalk:ApiBaseUrl"] = peer.Url + "dingtalk", ["DingTalk:SessionWebhookBaseUrl"] = peer.Url + "oapi",
    };

    /// <summary>A member's text to the robot in a one-to-one chat, with a session webhook valid for 90 minutes.</summary>
    public JsonObject Message(string staffId, string text, string msgId, DateTimeOffset now, string? webhook = null) => new()
    {
        ["msgId"] = msgId, ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = " " + text },
        ["senderStaffId"] = staffId, ["senderNick"] = staffId, ["conversationId"] = "cid" + staffId, ["conversationType"] = "1",
        ["sessionWebhook"] = webhook ?? Peer.Url + "oapi/robot/sendBySession?session=s-" + staffId,
        ["sessionWebhookExpiredTime"] = now.AddMinutes(90).ToUnixTimeMilliseconds(), ["robotCode"] = RobotCode,
        ["chatbotUserId"] = "$:LWCP_v1:$robot", ["isInAtList"] = true, ["createAt"] = now.ToUnixTimeMilliseconds(),
    };

    /// <summary>A member's @robot in a group: 钉钉 leaves the @name out of the text; the session webhook is the group's.</summary>
    public JsonObject GroupMessage(string staffId, string text, string msgId, DateTimeOffset now, string group = "cidGroupSulige")
    {
        var message = Message(staffId, text, msgId, now, Peer.Url + "oapi/robot/sendBySession?session=g-" + group);
        (message["conversationId"], message["conversationType"], message["conversationTitle"]) = (group, "2", "苏里格督办群");
        return message;
    }

    public static HttpRequestMessage Callback(JsonObject message, long timestampMs, string secret = AppSecret)
    {
        var timestamp = timestampMs.ToString();
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + secret)));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/dingtalk")
        {
            Content = new StringContent(message.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add("timestamp", timestamp);
        request.Headers.Add("sign", sign);
        return request;
    }

    private static async Task Json(HttpContext http, string json)
    {
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(json);
    }
}
