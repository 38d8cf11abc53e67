namespace TaskBot.BotFramework.DirectLine;

/// <summary>What a Direct Line token allows: one conversation, as one user.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
