using TaskBot.BotFramework.Turns;

namespace TaskBot.Channels;

public static class PlatformQuotaExtensions
{
    /// <summary>Counts the messages, or throws <see cref="QuotaExceededException"/> for the outbox to hold them.</summary>
    public static async Task TakeOrThrowAsync(this IPlatformQuota quota, PlatformLimits limits, string recipient, int messages,
        CancellationToken cancellationToken)
    {
        if (await quota.TakeAsync(limits, recipient, messages, cancellationToken) is { } wait)
            throw new QuotaExceededException(limits.Channel, wait.RetryAfter, wait.Daily);
    }
}
