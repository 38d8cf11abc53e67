namespace TaskBot.Data.Outbox;

/// <summary>A message to queue: its key, its destination and what to send.</summary>
public sealed record OutboxMessage(string Kind, string Occasion, string Subject, string Recipient, string Destination, string Payload, string Summary)
{
    public string Key => $"{Kind}/{Occasion}/{Subject}/{Recipient}";
}

/// <summary>What became of a claimed message. <see cref="Uncounted"/>: it was not tried (a limit said wait), so the attempt is given back.</summary>
public sealed record OutboxOutcome(long Id, OutboxStatus Status, long? RetryAtMs = null, string? Error = null, bool Uncounted = false);
