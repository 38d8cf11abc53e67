using System.ComponentModel.DataAnnotations;

namespace TaskBot.Reminders;

/// <summary>How the outbox is drained (section "Outbox").</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Whether this instance sends at all (every instance may; claims keep them apart).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages per second across all conversations; 0 for no cap.</summary>
    [Range(0, 100_000)] public int RatePerSecond { get; set; } = 30;

    /// <summary>Messages sent and not yet recorded (each to a different conversation). Bounds the duplicates a crash can cause.</summary>
    [Range(1, 1_000)] public int MaxInFlight { get; set; } = 64;

    /// <summary>Messages being sent at once. Below <see cref="MaxInFlight"/>, sending goes on while the sent are recorded.</summary>
    [Range(1, 1_000)] public int Concurrency { get; set; } = 16;

    /// <summary>How long a claim lasts: a message claimed by an instance that died is sent again after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>How often an idle sender looks for due messages (new ones queued here wake it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 100)] public int MaxAttempts { get; set; } = 8;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);
}
