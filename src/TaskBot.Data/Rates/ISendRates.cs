namespace TaskBot.Data.Rates;

/// <summary>
/// Send rates shared by everything that sends under one key (the outbox's global rate, one group robot's webhook):
/// in this process with SQLite, across every instance with PostgreSQL.
/// </summary>
public interface ISendRates
{
    /// <summary>
    /// Takes the earliest slot that keeps every limit when it comes within <paramref name="patience"/> (zero: only
    /// now); otherwise takes nothing and says how long until one would be free.
    /// </summary>
    Task<RateSlot> TakeAsync(string key, IReadOnlyList<RateLimit> limits, TimeSpan patience, CancellationToken cancellationToken);
}
