namespace TaskBot.Dialogs.Conversations;

public sealed record FileLink(string Url, TimeSpan Lifetime);
