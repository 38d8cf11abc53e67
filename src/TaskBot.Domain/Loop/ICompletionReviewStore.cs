namespace TaskBot.Domain.Loop;

public interface ICompletionReviewStore
{
    Task AddAsync(CompletionReview review, CancellationToken cancellationToken);
    Task UpdateAsync(CompletionReview review, CancellationToken cancellationToken);

    /// <summary>The task's newest review, whatever its state.</summary>
    Task<CompletionReview?> LatestAsync(int taskItemId, CancellationToken cancellationToken);

    /// <summary>Every review still pending, oldest first.</summary>
    Task<IReadOnlyList<CompletionReview>> PendingAsync(CancellationToken cancellationToken);

    /// <summary>Every review that was pending at a past moment: claimed by then and not yet decided then.</summary>
    Task<IReadOnlyList<CompletionReview>> PendingAtAsync(DateTimeOffset moment, CancellationToken cancellationToken);
}
