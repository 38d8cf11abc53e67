using System.Text.Json.Nodes;
using TaskBot.Words;

namespace TaskBot.Reminders.Robots;

/// <summary>企业微信 group robot: markdown up to 4096 bytes, 20 messages a minute; answers {"errcode":0}.</summary>
public sealed class WeComRobot : GroupRobot
{
    public override RobotKind Kind => RobotKind.WeCom;
    public override IReadOnlyList<(int Messages, TimeSpan Window)> Limits => [(20, TimeSpan.FromMinutes(1))];

    public override HttpRequestMessage Request(RobotSink sink, string text, DateTimeOffset now) =>
        Post(sink.Url,
            new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = Fit(Markdown.WithoutEscapes(text), 4096) } });

    public override long ErrorCode(JsonNode? answer) => Code(answer, "errcode");

    // 45009: api freq out of limit.
    public override bool IsRateLimited(long code) => code == 45009;
}
