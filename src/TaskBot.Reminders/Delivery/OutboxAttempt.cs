using TaskBot.Data.Outbox;

namespace TaskBot.Reminders.Delivery;

/// <summary>One try at sending a claimed message: what happened, and what the outbox records of it.</summary>
internal sealed record OutboxAttempt(OutboxRecord Record, DeliveryResult Result, OutboxOutcome Outcome);
