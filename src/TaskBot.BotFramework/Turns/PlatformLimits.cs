namespace TaskBot.BotFramework.Turns;

/// <summary>
/// A chat platform's documented sending limits for one app: messages to one recipient a minute and an hour, and
/// messages a natural day (China time, as the platforms count) for the whole app; 0 where there is no limit.
/// </summary>
public sealed record PlatformLimits(string Channel, int PerRecipientPerMinute, int PerRecipientPerHour, int PerDay);
