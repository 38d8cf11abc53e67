namespace TaskBot.Domain.Supervision;

public interface ISupportRequestStore
{
    /// <summary>The requests made in the period.</summary>
    Task<IReadOnlyList<SupportRequest>> InPeriodAsync(string periodKey, CancellationToken cancellationToken);

    /// <summary>Keeps the requests; one the lead unit already made of the same unit, task and period is not kept twice.</summary>
    Task AddAsync(IReadOnlyList<SupportRequest> requests, CancellationToken cancellationToken);
}
