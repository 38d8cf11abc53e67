namespace TaskBot.BotFramework.Auth;

/// <summary>The outcome of checking an inbound request: an identity, or the HTTP status to refuse it with.</summary>
public sealed record AuthenticationResult(CallerIdentity? Identity, int Status, string? Reason)
{
    public static AuthenticationResult Accept(CallerIdentity identity) => new(identity, 200, null);
    public static AuthenticationResult Unauthorized(string reason) => new(null, 401, reason);
    public static AuthenticationResult Forbidden(string reason) => new(null, 403, reason);
}
