using TaskBot.Domain.People;

namespace TaskBot.Domain.Supervision;

/// <summary>Counts wrong binding codes per source and says when a source is locked out (<see cref="BindingLockout"/>).</summary>
public sealed class BindingGuard(IPeopleStore people, TimeProvider time)
{
    public async Task<bool> IsLockedOutAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (await LockedOutAsync(sources, now, cancellationToken)).Count > 0;
    }

    /// <summary>Records a wrong code from sources that were not locked out; returns those it locks out now.</summary>
    public async Task<IReadOnlyList<string>> FailAsync(IReadOnlyList<string> sources, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await people.AddFailedBindingAsync(sources, now, now - BindingLockout.Memory, cancellationToken);
        return await LockedOutAsync(sources, now, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> LockedOutAsync(IReadOnlyList<string> sources, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failures = await people.FailedBindingsAsync(sources, now - BindingLockout.Memory, cancellationToken);
        return [.. failures.GroupBy(f => f.Source).Where(g => BindingLockout.Until(g.Select(f => f.At)) > now).Select(g => g.Key)];
    }
}
