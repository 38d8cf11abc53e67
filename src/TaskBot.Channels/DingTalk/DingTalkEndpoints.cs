using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Auth;
using TaskBot.BotFramework.Hosting;

namespace TaskBot.Channels.DingTalk;

/// <summary>
/// POST /api/dingtalk: a member's message to the robot, signed in the timestamp and sign headers. Runs it through the
/// turn pipeline and answers at once (replies go out through the outbox); a wrong signature or a timestamp more than
/// an hour off is refused with 401 before anything is stored.
/// </summary>
public static class DingTalkEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapDingTalk(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/dingtalk", ReceiveAsync);
        return app;
    }

    private static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<DingTalkOptions> options, DingTalkSessions sessions,
        TimeProvider time, ActivityProcessor processor, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return Results.NotFound();
        var timestamp = request.Headers["timestamp"].ToString();
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, 0, 253402300799999))).Duration() > settings.MaxClockSkew
            || !DingTalkSignature.IsValid(settings.AppSecret, timestamp, request.Headers["sign"].ToString()))
        {
            logs.CreateLogger(typeof(DingTalkEndpoints))
                .LogWarning("钉钉: refused a callback from {Address}", request.HttpContext.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }
        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        if (DingTalkMessage.Parse(body) is not { } message) return Results.BadRequest();
        await sessions.RememberAsync(message, cancellationToken);
        if (DingTalkChannel.ToActivity(message, "zh-CN") is { } activity)
            await processor.ProcessAsync(activity, new CallerIdentity(false, settings.AppKey, ServiceUrlTrusted: true), cancellationToken);
        return Results.Ok();
    }
}
