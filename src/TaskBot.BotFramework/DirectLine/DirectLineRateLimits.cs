using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Hosting;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>Per-address limits on getting tokens and starting conversations, so one client cannot flood the store.</summary>
public sealed class DirectLineRateLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _tokens;
    private readonly PartitionedRateLimiter<string> _conversations;

    public DirectLineRateLimits(IOptions<DirectLineOptions> options)
    {
        var o = options.Value;
        _tokens = PerAddress(o.TokensPerWindow, o.RateWindow);
        _conversations = PerAddress(o.ConversationsPerWindow, o.RateWindow);
    }

    public bool TryIssueToken(HttpContext http) => Acquire(_tokens, http);

    public bool TryStartConversation(HttpContext http) => Acquire(_conversations, http);

    public static IResult TooMany(string what) =>
        ErrorResponse.Json(StatusCodes.Status429TooManyRequests, "TooManyRequests", $"too many {what} from this address; try again later");

    public void Dispose()
    {
        _tokens.Dispose();
        _conversations.Dispose();
    }

    private static bool Acquire(PartitionedRateLimiter<string> limiter, HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(ClientAddress.Key(http));
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> PerAddress(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true }));
}
