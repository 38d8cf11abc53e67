namespace TaskBot.Domain.Loop;

public interface ICoordinationStore
{
    Task AddAsync(CoordinationItem item, CancellationToken cancellationToken);
    Task<CoordinationItem?> FindAsync(int id, CancellationToken cancellationToken);
    Task UpdateAsync(CoordinationItem item, CancellationToken cancellationToken);

    /// <summary>Every item not closed, oldest first.</summary>
    Task<IReadOnlyList<CoordinationItem>> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Every request sent on its own (not in a report) on these tasks, open or closed, oldest first.</summary>
    Task<IReadOnlyList<CoordinationItem>> RaisedAloneAsync(IReadOnlyCollection<int> taskItemIds, CancellationToken cancellationToken);

    /// <summary>Whether the unit's request on the task, word for word, is still open.</summary>
    Task<bool> IsOpenAsync(int taskItemId, int unitId, string text, CancellationToken cancellationToken);
}
