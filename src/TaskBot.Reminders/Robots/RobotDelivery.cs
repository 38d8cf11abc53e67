using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TaskBot.Domain.Reminders;
using TaskBot.Reminders.Delivery;

namespace TaskBot.Reminders.Robots;

/// <summary>Posts to group robots in their own formats, within each robot's documented limits.</summary>
public sealed class RobotDelivery(IHttpClientFactory http, IOptions<RobotOptions> options, IEnumerable<GroupRobot> robots, TimeProvider time)
{
    public const string HttpClientName = "robots";
    private readonly ConcurrentDictionary<string, RateLimiter[]> _limits = new(StringComparer.Ordinal);

    public RobotSink? Find(string name) => options.Value.Sinks.FirstOrDefault(s => s.Name == name);

    public async Task<DeliveryResult> SendAsync(string sinkName, string text, CancellationToken cancellationToken)
    {
        if (Find(sinkName) is not { } sink) return DeliveryResult.Undeliverable(DeliveryProblem.Gone, $"no robot named {sinkName} is configured");
        var robot = robots.Single(r => r.Kind == sink.Kind);
        foreach (var (limiter, window) in Limiters(sink, robot).Zip(robot.Limits.Select(l => l.Window)))
            if (!limiter.AttemptAcquire().IsAcquired) return DeliveryResult.Deferred(window / 4);
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
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryResult.Transient(e.Message);
        }
    }

    private RateLimiter[] Limiters(RobotSink sink, GroupRobot robot) => _limits.GetOrAdd(sink.Name, _ => [.. robot.Limits.Select(l =>
        (RateLimiter)new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = l.Messages, Window = l.Window, SegmentsPerWindow = 6, QueueLimit = 0, AutoReplenishment = true,
        }))]);
}
