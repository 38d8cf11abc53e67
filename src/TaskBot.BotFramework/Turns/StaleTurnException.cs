namespace TaskBot.BotFramework.Turns;

/// <summary>
/// A turn ran on the conversation's state as this process kept it, and another turn moved that state first (on
/// another instance, or its activity was handled meanwhile): nothing of it was kept, and it runs again, reading.
/// </summary>
public sealed class StaleTurnException(Exception? inner = null)
    : Exception("Another turn moved this conversation's state first; the turn runs again", inner)
{
    /// <summary>This process's gate of the conversation, still held, for the rerun (see <see cref="TurnRerun"/>).</summary>
    public IDisposable? Gate { get; init; }

    /// <summary>Whether <paramref name="e"/> is one, or wraps one (EF wraps what a command's interceptor throws).</summary>
    public static bool In(Exception? e) => Find(e) is not null;

    public static StaleTurnException? Find(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is StaleTurnException stale) return stale;
        return null;
    }
}
