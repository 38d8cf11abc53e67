namespace TaskBot.Data.Outbox;

/// <summary>
/// Who claims messages: the sender's name on its claims, and the chat channels it cannot send to (not set up in its
/// settings), whose messages it leaves for a process that can — untouched, not held for a retry.
/// </summary>
public sealed record OutboxClaimant(string Name, IReadOnlyList<string> ChannelsOff)
{
    public static implicit operator OutboxClaimant(string name) => new(name, []);

    /// <summary>The destinations it leaves, as LIKE patterns (<see cref="OutboxDestination.Conversation"/>).</summary>
    public IReadOnlyList<string> Leaves { get; } = [.. ChannelsOff.Select(c => OutboxDestination.Conversation(c, "%"))];
}
