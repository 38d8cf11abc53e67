namespace TaskBot.Data.Access;

/// <summary>A wrong binding code from one source (a chat user, or a client address); kept for a couple of hours.</summary>
public sealed class FailedBindingRecord
{
    public long Id { get; set; }
    public string Source { get; set; } = "";

    /// <summary>Unix milliseconds, so both providers can compare it in SQL.</summary>
    public long AtMs { get; set; }
}
