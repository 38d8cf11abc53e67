using System.Text.Json.Nodes;

namespace TaskBot.Reminders.Robots;

/// <summary>One kind of group robot: how its webhook wants a message, how it answers, and how fast it may be called.</summary>
public abstract class GroupRobot
{
    public abstract RobotKind Kind { get; }

    /// <summary>The documented limits: at most so many messages per window, per robot.</summary>
    public abstract IReadOnlyList<(int Messages, TimeSpan Window)> Limits { get; }

    public abstract HttpRequestMessage Request(RobotSink sink, string text, DateTimeOffset now);

    /// <summary>The platform's own error code in a 200 answer; 0 when accepted.</summary>
    public abstract long ErrorCode(JsonNode? answer);

    /// <summary>Whether the error code means "too many messages, try later".</summary>
    public abstract bool IsRateLimited(long code);

    protected static HttpRequestMessage Post(string url, JsonObject body) =>
        new(HttpMethod.Post, url) { Content = Channels.JsonBody.Of(body) };

    /// <summary>Cuts text to a byte budget on a character boundary, with an ellipsis.</summary>
    protected static string Fit(string text, int maxBytes) => Channels.PlatformText.Fit(text, maxBytes);

    protected static long Code(JsonNode? answer, string name) => answer?[name] is JsonValue v && v.TryGetValue<long>(out var code) ? code : -1;
}
