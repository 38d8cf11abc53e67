using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TaskBot.Words;

namespace TaskBot.Reminders.Robots;

/// <summary>
/// 飞书 custom bot: a text message, 100 a minute (and 5 a second). With 签名校验 the body carries timestamp (s) and
/// sign = Base64(HMAC-SHA256(key: timestamp + "\n" + secret, message: empty)). Answers {"code":0}.
/// </summary>
public sealed class FeishuRobot : GroupRobot
{
    public override RobotKind Kind => RobotKind.Feishu;
    public override IReadOnlyList<(int Messages, TimeSpan Window)> Limits => [(100, TimeSpan.FromMinutes(1)), (5, TimeSpan.FromSeconds(1))];

    public override HttpRequestMessage Request(RobotSink sink, string text, DateTimeOffset now)
    {
        var body = new JsonObject();
        if (sink.Secret is { Length: > 0 } secret)
        {
            var timestamp = now.ToUnixTimeSeconds();
            body["timestamp"] = timestamp.ToString(CultureInfo.InvariantCulture);
            body["sign"] = Sign(secret, timestamp);
        }
        body["msg_type"] = "text";
        body["content"] = new JsonObject { ["text"] = Fit(Markdown.Plain(text), 18_000) };
        return Post(sink.Url, body);
    }

    public static string Sign(string secret, long timestampSeconds) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes($"{timestampSeconds}\n{secret}"), Array.Empty<byte>()));

    public override long ErrorCode(JsonNode? answer) => answer?["code"] is not null ? Code(answer, "code") : Code(answer, "StatusCode");

    // 9499: too many requests; 11232: the bot's frequency limit.
    public override bool IsRateLimited(long code) => code is 9499 or 11232;
}
