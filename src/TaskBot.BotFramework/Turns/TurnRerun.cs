namespace TaskBot.BotFramework.Turns;

/// <summary>
/// A turn's second run, after its first met a <see cref="StaleTurnException"/>. It holds the conversation's gate in
/// this process from the first run, so that a later message of the conversation, waiting at the gate, does not
/// overtake it; the store takes the gate, or it is left when the rerun ends.
/// </summary>
public sealed class TurnRerun(IDisposable? gate) : IDisposable
{
    private IDisposable? _gate = gate;

    /// <summary>The held gate, once: whoever takes it leaves it.</summary>
    public IDisposable? TakeGate() => Interlocked.Exchange(ref _gate, null);

    public void Dispose() => TakeGate()?.Dispose();
}
