namespace TaskBot.BotFramework.DirectLine;

/// <summary>A file uploaded through Direct Line: its name as the client gave it, its content type, its bytes.</summary>
public sealed record DirectLineFile(string Name, string ContentType, byte[] Content);
