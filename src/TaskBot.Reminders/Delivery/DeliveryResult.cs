using TaskBot.Domain.Reminders;

namespace TaskBot.Reminders.Delivery;

/// <summary>What happened to one attempt to deliver a message.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Error = null, TimeSpan? RetryAfter = null, DeliveryProblem? Problem = null)
{
    public static readonly DeliveryResult Sent = new(DeliveryStatus.Sent);
    public static DeliveryResult Transient(string error, TimeSpan? retryAfter = null) => new(DeliveryStatus.Transient, error, retryAfter);
    /// <summary>Not tried: a limit said wait, or the channel is not set up here. Does not count as an attempt.</summary>
    public static DeliveryResult Deferred(TimeSpan retryAfter, string why = "rate limited") => new(DeliveryStatus.Deferred, why, retryAfter);
    public static DeliveryResult Undeliverable(DeliveryProblem problem, string error) => new(DeliveryStatus.Undeliverable, error, Problem: problem);
}

public enum DeliveryStatus { Sent, Transient, Deferred, Undeliverable }
