using System.Net;
using System.Net.Http.Headers;

namespace TaskBot.BotFramework.Connector;

/// <summary>Which Connector failures are worth another try, and after how long.</summary>
public static class RetryPolicy
{
    public static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
        or HttpStatusCode.GatewayTimeout or HttpStatusCode.ServiceUnavailable or HttpStatusCode.InternalServerError;

    /// <summary>Retry-After when the server sent one (seconds or a date), else exponential backoff with full jitter.</summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta) return delta;
        if (retryAfter?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        var ceiling = baseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }
}
