namespace TaskBot.BotFramework.Turns;

public sealed record StoredState(string Json, long Version);
