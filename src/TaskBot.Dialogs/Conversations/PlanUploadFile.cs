namespace TaskBot.Dialogs.Conversations;

/// <summary>Where a plan file sent in chat is (its attachment's address), and its name: kept in the dialog until confirmed.</summary>
public sealed record PlanUploadFile(string Url, string Name, string? ContentType);
