using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Words;

namespace TaskBot.Reminders.Robots;

/// <summary>
/// 钉钉 custom robot: markdown with a title, 20 messages a minute. With 加签, the URL carries timestamp (ms) and
/// sign = Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), URL-encoded. Answers {"errcode":0}.
/// </summary>
public sealed class DingTalkRobot : GroupRobot
{
    public override RobotKind Kind => RobotKind.DingTalk;
    public override IReadOnlyList<(int Messages, TimeSpan Window)> Limits => [(20, TimeSpan.FromMinutes(1))];

    public override HttpRequestMessage Request(RobotSink sink, string text, DateTimeOffset now)
    {
        var body = new JsonObject
        {
            ["msgtype"] = "markdown",
            ["markdown"] = new JsonObject { ["title"] = Title(text), ["text"] = Fit(Markdown.WithoutEscapes(text), 20_000) },
        };
        return Post(sink.Secret is { Length: > 0 } secret ? Signed(sink.Url, secret, now) : sink.Url, body);
    }

    public static string Sign(string secret, long timestampMs)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{timestampMs}\n{secret}"));
        return Convert.ToBase64String(mac);
    }

    public override long ErrorCode(JsonNode? answer) => Code(answer, "errcode");

    // 130101: send too fast, exceed 20 times per minute.
    public override bool IsRateLimited(long code) => code == 130101;

    private static string Signed(string url, string secret, DateTimeOffset now)
    {
        var timestamp = now.ToUnixTimeMilliseconds();
        var separator = url.Contains('?') ? '&' : '?';
        return $"{url}{separator}timestamp={timestamp.ToString(CultureInfo.InvariantCulture)}&sign={Uri.EscapeDataString(Sign(secret, timestamp))}";
    }

    private static string Title(string text)
    {
        var first = Markdown.Plain(text.Split('\n')[0]);
        return first.Length <= 30 ? first : first[..30];
    }
}
