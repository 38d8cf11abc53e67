namespace TaskBot.Dialogs.Engine;

/// <summary>A dialog the bot knows, as registered: its type, and whether a user starts it by what they say.</summary>
public sealed record DialogRegistration(Type Type, bool Routed);
