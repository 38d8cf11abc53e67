namespace TaskBot.BotFramework.Turns;

/// <summary>What a turn learns from its first round trip: whether its activity is new, and the conversation's saved state.</summary>
public sealed record TurnStart(bool First, StoredState? State);
