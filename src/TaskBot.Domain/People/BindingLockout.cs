namespace TaskBot.Domain.People;

/// <summary>
/// Guessing binding codes: after <see cref="MaxFailures"/> wrong codes within <see cref="Window"/> from one source
/// (a chat user, a client address), that source may not bind for <see cref="Window"/> after the last of them.
/// </summary>
public static class BindingLockout
{
    public const int MaxFailures = 10;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    /// <summary>How far back failures can still matter.</summary>
    public static readonly TimeSpan Memory = 2 * Window;

    /// <summary>Until when these failures lock their source out; null when they do not.</summary>
    public static DateTimeOffset? Until(IEnumerable<DateTimeOffset> failures)
    {
        var at = failures.Order().ToList();
        DateTimeOffset? until = null;
        for (var i = MaxFailures - 1; i < at.Count; i++)
            if (at[i] - at[i - MaxFailures + 1] <= Window) until = at[i] + Window;
        return until;
    }
}
