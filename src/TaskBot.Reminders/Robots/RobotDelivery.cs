using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TaskBot.Channels;
using TaskBot.Data.Rates;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders.Delivery;

namespace TaskBot.Reminders.Robots;

/// <summary>Posts to group robots in their own formats, within each robot's documented limits.</summary>
public sealed class RobotDelivery(IHttpClientFactory http, IOptions<RobotOptions> options, IEnumerable<GroupRobot> robots, ISendRates rates,
    TimeProvider time)
{
    public const string HttpClientName = "robots";

    private const string DestinationPrefix = "robot:";

    public RobotSink? Find(string name) => options.Value.Sinks.FirstOrDefault(s => s.Name == name);

    /// <summary>The outbox destination of a robot: one message in flight per robot.</summary>
    public static string Destination(string sinkName) => DestinationPrefix + sinkName;

    /// <summary>The robot an outbox destination names, or null for a chat conversation.</summary>
    public static string? SinkOf(string destination) =>
        destination.StartsWith(DestinationPrefix, StringComparison.Ordinal) ? destination[DestinationPrefix.Length..] : null;

    public async Task<DeliveryResult> SendAsync(string sinkName, string text, CancellationToken cancellationToken)
    {
        if (Find(sinkName) is not { } sink) return DeliveryResult.Undeliverable(DeliveryProblem.Gone, $"no robot named {sinkName} is configured");
        var robot = robots.Single(r => r.Kind == sink.Kind);
        // Keyed by webhook address: units that share one group's robot share its limits.
        var limits = robot.Limits.Select(l => new RateLimit(l.Messages, l.Window)).ToArray();
        var slot = await rates.TakeAsync("robot:" + sink.Url, limits, TimeSpan.Zero, cancellationToken);
        if (!slot.Taken) return DeliveryResult.Deferred(slot.Wait);
        try
        {
            using var request = robot.Request(sink, text, time.GetUtcNow());
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) return DeliveryResult.Deferred(robot.Limits[0].Window);
            if ((int)response.StatusCode >= 500) return DeliveryResult.Transient($"{(int)response.StatusCode} from the robot");
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
                return DeliveryResult.Undeliverable(DeliveryProblem.Gone, $"{(int)response.StatusCode} from the robot");
            var code = robot.ErrorCode(JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)));
            if (code == 0) return DeliveryResult.Sent;
            return robot.IsRateLimited(code) ? DeliveryResult.Deferred(robot.Limits[0].Window)
                : DeliveryResult.Undeliverable(DeliveryProblem.Failed, $"the robot answered error {code}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
            && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient(e.Message);
        }
    }
}
