namespace TaskBot.BotFramework.Turns;

/// <summary>
/// Not now: a platform's limit would be passed. <see cref="Daily"/>: the app's quota for the day is used up and the
/// message waits for the next day; otherwise a limit per recipient, and it waits a little.
/// </summary>
public readonly record struct QuotaWait(TimeSpan RetryAfter, bool Daily);
