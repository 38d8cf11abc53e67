namespace TaskBot.Domain.Loop;

public interface ICoordinationStore
{
    Task AddAsync(CoordinationItem item, CancellationToken cancellationToken);
    Task<CoordinationItem?> FindAsync(int id, CancellationToken cancellationToken);
    Task UpdateAsync(CoordinationItem item, CancellationToken cancellationToken);

    /// <summary>Every item not closed, oldest first.</summary>
    Task<IReadOnlyList<CoordinationItem>> OpenAsync(CancellationToken cancellationToken);
}
