using TaskBot.Domain.Reminders;

namespace TaskBot.Reminders.Delivery;

/// <summary>What happened to one attempt to deliver a message.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Error = null, TimeSpan? RetryAfter = null, DeliveryProblem? Problem = null)
{
    public static readonly DeliveryResult Sent = new(DeliveryStatus.Sent);
    public static DeliveryResult Transient(string error, TimeSpan? retryAfter = null) => new(DeliveryStatus.Transient, error, retryAfter);
    /// <summary>Not tried: a limit said wait. Does not count as an attempt.</summary>
    public static DeliveryResult Deferred(TimeSpan retryAfter) => new(DeliveryStatus.Deferred, "rate limited", retryAfter);
    public static DeliveryResult Undeliverable(DeliveryProblem problem, string error) => new(DeliveryStatus.Undeliverable, error, Problem: problem);
}

public enum DeliveryStatus { Sent, Transient, Deferred, Undeliverable }
