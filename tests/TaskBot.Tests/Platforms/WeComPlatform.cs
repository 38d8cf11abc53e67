using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Platforms;

/// <summary>
/// A fake 企业微信 on the tests' loopback peer: it encrypts and signs callbacks the way the platform documents (written
/// here, apart from TaskBot's code), serves gettoken and message/send, and keeps what TaskBot sent.
/// </summary>
public sealed class WeComPlatform
{
    public const string CorpId = "wwa1b2c3d4e5f60718";
    public const int AgentId = 1000002;
    public const string Token = "QDG6eK";
    // 43 characters; Base64(key + "=") is the 32-byte AES key.
    public const string EncodingAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    private readonly TimeProvider _clock;
    private int _tokens;

    /// <param name="clock">The app's clock, to note when each message arrived.</param>
    public WeComPlatform(ConnectorPeer peer, TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
        peer.Serve("/wecom/cgi-bin/gettoken", async http =>
        {
            TokenRequests++;
            await Json(http, $$"""{"errcode":0,"errmsg":"ok","access_token":"token-{{Interlocked.Increment(ref _tokens)}}","expires_in":7200}""");
        });
        peer.Serve("/wecom/cgi-bin/message/send", async http =>
        {
            if (http.Request.ContentLength is null) WithoutLength.Enqueue(http.Request.Path);
            var body = (await JsonNode.ParseAsync(http.Request.Body))!;
            var token = http.Request.Query["access_token"].ToString();
            if (ExpiredTokens.Contains(token)) { await Json(http, """{"errcode":42001,"errmsg":"access_token expired"}"""); return; }
            if ((string?)body["msgtype"] == "template_card" && CardsToRefuse > 0)
            {
                CardsToRefuse--;
                await Json(http, """{"errcode":45009,"errmsg":"api freq out of limit"}""");
                return;
            }
            // 重复消息检查: with enable_duplicate_check, the same content to the same member within 1800 s is not sent again.
            if ((int?)body["enable_duplicate_check"] == 1 && Sent.Any(s => (string?)s.Body["touser"] == (string?)body["touser"]
                && s.Body["markdown"]?.ToJsonString() == body["markdown"]?.ToJsonString() && _clock.GetUtcNow() - s.At < TimeSpan.FromSeconds(1800)))
            {
                await Json(http, """{"errcode":0,"errmsg":"ok"}""");
                return;
            }
            Sent.Enqueue((token, body, _clock.GetUtcNow()));
            await Json(http, """{"errcode":0,"errmsg":"ok"}""");
        });
    }

    public static IEnumerable<KeyValuePair<string, string?>> Settings(ConnectorPeer peer) => new Dictionary<string, string?>
    {
        ["WeCom:CorpId"] = CorpId, ["WeCom:AgentId"] = AgentId.ToString(), ["WeCom:Secret"] = "app-secret", ["WeCom:Token"] = Token,
        ["WeCom:EncodingAESKey"] = EncodingAesKey, ["WeCom:ApiBaseUrl"] = peer.Url + "wecom",
    };

    public int TokenRequests { get; private set; }

    /// <summary>The paths of requests that came without a Content-Length (a chunked body).</summary>
    public ConcurrentQueue<string> WithoutLength { get; } = new();
    public ConcurrentBag<string> ExpiredTokens { get; } = [];

    /// <summary>How many button cards to refuse next, as over the API's call frequency (45009).</summary>
    public int CardsToRefuse { get; set; }
    public ConcurrentQueue<(string Token, JsonNode Body, DateTimeOffset At)> Sent { get; } = new();

    /// <summary>What the member's app showed: each message's markdown or card.</summary>
    public IReadOnlyList<JsonNode> SentTo(string user) => [.. Sent.Select(s => s.Body).Where(b => (string?)b["touser"] == user)];

    /// <summary>The platform posting a member's message or click to TaskBot's callback, encrypted and signed.</summary>
    public static Task<HttpResponseMessage> DeliverAsync(HttpClient bot, string xml, long timestamp)
    {
        var (query, body) = Callback(xml, timestamp);
        return bot.PostAsync("/api/wecom" + query, new StringContent(body, Encoding.UTF8, "text/xml"));
    }

    public static string TextMessage(string user, string text, long msgId, long createTime, int agentId = AgentId, string corpId = CorpId) =>
        $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName><CreateTime>{createTime}</CreateTime>"
        + $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{text}]]></Content><MsgId>{msgId}</MsgId><AgentID>{agentId}</AgentID></xml>";

    /// <summary>A picture (image), voice, video or file: the platform gives a media id for its download API.</summary>
    public static string MediaMessage(string user, string type, long msgId, long createTime) =>
        $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName><CreateTime>{createTime}</CreateTime>"
        + $"<MsgType><![CDATA[{type}]]></MsgType><MediaId><![CDATA[media-{msgId}]]></MediaId><MsgId>{msgId}</MsgId>"
        + $"<AgentID>{AgentId}</AgentID></xml>";

    public static string ButtonClick(string user, string key, string taskId, long createTime) =>
        $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName><CreateTime>{createTime}</CreateTime>"
        + $"<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event><EventKey><![CDATA[{key}]]></EventKey>"
        + $"<TaskId><![CDATA[{taskId}]]></TaskId><CardType><![CDATA[button_interaction]]></CardType><ResponseCode><![CDATA[rc]]></ResponseCode>"
        + $"<AgentID>{AgentId}</AgentID></xml>";

    /// <summary>The POST the platform makes: the query and the XML body around the ciphertext.</summary>
    public static (string Query, string Body) Callback(string xml, long timestamp, string receiver = CorpId, string token = Token)
    {
        var encrypted = Encrypt(xml, receiver);
        var nonce = "1372623149";
        var query = $"?msg_signature={Sign(token, timestamp.ToString(), nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}";
        return (query,
            $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID>{AgentId}</AgentID></xml>");
    }

    public static string Encrypt(string message, string receiver)
    {
        var key = Convert.FromBase64String(EncodingAesKey + "=");
        var text = Encoding.UTF8.GetBytes(message);
        var tail = Encoding.UTF8.GetBytes(receiver);
        var length = 16 + 4 + text.Length + tail.Length;
        var pad = 32 - length % 32;
        var plain = new byte[length + pad];
        RandomNumberGenerator.Fill(plain.AsSpan(0, 16));
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(16), text.Length);
        text.CopyTo(plain, 20);
        tail.CopyTo(plain, 20 + text.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, key.AsSpan(0, 16), PaddingMode.None));
    }

    public static string Sign(string token, string timestamp, string nonce, string encrypted) =>
        Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(
            string.Concat(new[] { token, timestamp, nonce, encrypted }.Order(StringComparer.Ordinal)))));

    private static async Task Json(HttpContext http, string json)
    {
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(json);
    }
}
