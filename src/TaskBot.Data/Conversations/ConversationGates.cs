namespace TaskBot.Data.Conversations;

/// <summary>
/// Orders the turns of one conversation that reach this process at once, in the order they came: a turn on a kept state
/// takes the conversation in the database only at its end, and a later turn must not overtake it meanwhile. Held until
/// the turn's transaction ends; only conversations with a turn in flight have a gate.
/// </summary>
public sealed class ConversationGates
{
    private readonly Dictionary<(string ChannelId, string ConversationId), Gate> _gates = [];

    /// <summary>The conversation's turns in this process: the one running and those waiting for it.</summary>
    public int InFlight(string channelId, string conversationId)
    {
        lock (_gates) return _gates.TryGetValue((channelId, conversationId), out var gate) ? gate.Users : 0;
    }

    internal async Task<IDisposable> EnterAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var key = (channelId, conversationId);
        Gate? gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(key, out gate)) _gates[key] = gate = new Gate(this, key);
            gate.Users++;
        }
        try
        {
            await gate.Turn.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(gate);
            throw;
        }
        return gate;
    }

    private void Leave(Gate gate)
    {
        lock (_gates)
            if (--gate.Users == 0) _gates.Remove(gate.Key);
    }

    private sealed class Gate(ConversationGates gates, (string, string) key) : IDisposable
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);
        public (string, string) Key => key;
        public int Users { get; set; }

        public void Dispose()
        {
            Turn.Release();
            gates.Leave(this);
        }
    }
}
