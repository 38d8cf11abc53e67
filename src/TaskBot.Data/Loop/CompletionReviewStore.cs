using Microsoft.EntityFrameworkCore;
using TaskBot.Domain.Loop;

namespace TaskBot.Data.Loop;

public sealed class CompletionReviewStore(TaskBotDbContext db) : ICompletionReviewStore
{
    public Task AddAsync(CompletionReview review, CancellationToken cancellationToken) => db.AddDetachedAsync(review, cancellationToken);

    public Task UpdateAsync(CompletionReview review, CancellationToken cancellationToken) => db.UpdateDetachedAsync(review, cancellationToken);

    public Task<CompletionReview?> LatestAsync(int taskItemId, CancellationToken cancellationToken) =>
        db.Set<CompletionReview>().AsNoTracking().Where(r => r.TaskItemId == taskItemId).OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<CompletionReview>> PendingAsync(CancellationToken cancellationToken) =>
        await db.Set<CompletionReview>().AsNoTracking().Where(r => r.State == CompletionState.Pending).OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);

    // A few a task at most: read whole, as SQLite compares no DateTimeOffset in a query.
    public async Task<IReadOnlyList<CompletionReview>> PendingAtAsync(DateTimeOffset moment, CancellationToken cancellationToken) =>
        [.. (await db.Set<CompletionReview>().AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Where(r => r.ClaimedAt <= moment && (r.State == CompletionState.Pending || r.ReviewedAt > moment))];
}
