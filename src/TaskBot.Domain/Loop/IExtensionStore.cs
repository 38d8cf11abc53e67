namespace TaskBot.Domain.Loop;

public interface IExtensionStore
{
    Task AddAsync(ExtensionRequest request, CancellationToken cancellationToken);
    Task<ExtensionRequest?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>Records the decision and, on approval, moves the task's deadline, together.</summary>
    Task DecideAsync(ExtensionRequest request, CancellationToken cancellationToken);

    /// <summary>The task's requests, oldest first: its deadline's history.</summary>
    Task<IReadOnlyList<ExtensionRequest>> ForTaskAsync(int taskItemId, CancellationToken cancellationToken);

    /// <summary>The requests not decided yet, oldest first.</summary>
    Task<IReadOnlyList<ExtensionRequest>> PendingAsync(CancellationToken cancellationToken);
}
