namespace TaskBot.BotFramework.Turns;

/// <summary>
/// A turn ran on the conversation's state as this process kept it, and another turn moved that state first (on
/// another instance, or its activity was handled meanwhile): nothing of it was kept, and it runs again, reading.
/// </summary>
public sealed class StaleTurnException(Exception? inner = null)
    : Exception("Another turn moved this conversation's state first; the turn runs again", inner)
{
    /// <summary>Whether <paramref name="e"/> is one, or wraps one (EF wraps what a command's interceptor throws).</summary>
    public static bool In(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is StaleTurnException) return true;
        return false;
    }
}
