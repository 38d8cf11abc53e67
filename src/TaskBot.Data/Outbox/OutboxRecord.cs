using System.Text;

namespace TaskBot.Data.Outbox;

/// <summary>
/// A message owed to one destination. (Kind, Occasion, Subject, Recipient) is unique: deriving a reminder twice,
/// from two instances or after a crash, queues it once. Times the sender compares are Unix milliseconds.
/// </summary>
public sealed class OutboxRecord
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Occasion { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Recipient { get; set; } = "";

    /// <summary>Where it goes: "bot:{channel}:{conversation}" or "robot:{name}". One message per destination is in flight at a time.</summary>
    public string Destination { get; set; } = "";

    /// <summary>The activity (JSON) for a conversation, the text for a group robot.</summary>
    public string Payload
    {
        get => _payload ??= Encoding.UTF8.GetString(_payloadUtf8 ?? []);
        set => (_payload, _payloadUtf8) = (value, null);
    }

    /// <summary>The payload as UTF-8: what a claim reads (<see cref="OutboxClaim"/>) and a send posts, decoded only if asked.</summary>
    public byte[] PayloadUtf8
    {
        get => _payloadUtf8 ??= Encoding.UTF8.GetBytes(Payload);
        init => (_payload, _payloadUtf8) = (null, value);
    }

    private string? _payload;
    private byte[]? _payloadUtf8;


    /// <summary>Who it is for and what it is, for the office and the logs.</summary>
    public string Summary { get; set; } = "";

    public OutboxStatus Status { get; set; }
    public int Attempts { get; set; }
    public long DueAtMs { get; set; }
    public long? ClaimedUntilMs { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    /// <summary>The conversation is gone (403/404) or there is none: the office is told.</summary>
    Dead = 2,
    /// <summary>Gave up after the retries, or the channel refused the message for good.</summary>
    Failed = 3,
}
