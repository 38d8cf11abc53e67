namespace TaskBot.Domain.Loop;

public interface ICompletionReviewStore
{
    Task AddAsync(CompletionReview review, CancellationToken cancellationToken);
    Task UpdateAsync(CompletionReview review, CancellationToken cancellationToken);

    /// <summary>The task's newest review, whatever its state.</summary>
    Task<CompletionReview?> LatestAsync(int taskItemId, CancellationToken cancellationToken);

    /// <summary>Every review still pending, oldest first.</summary>
    Task<IReadOnlyList<CompletionReview>> PendingAsync(CancellationToken cancellationToken);
}
