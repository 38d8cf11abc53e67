namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Counts messages against a platform's limits (<see cref="PlatformLimits"/>), in the database, so that every
/// instance on one store counts together and a restart forgets nothing.
/// </summary>
public interface IPlatformQuota
{
    /// <summary>
    /// Counts <paramref name="messages"/> to <paramref name="recipient"/> and returns null; or returns how long to
    /// wait, and the day's count is left as it was.
    /// </summary>
    Task<QuotaWait?> TakeAsync(PlatformLimits limits, string recipient, int messages, CancellationToken cancellationToken);
}
