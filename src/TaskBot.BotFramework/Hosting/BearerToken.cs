namespace TaskBot.BotFramework.Hosting;

public static class BearerToken
{
    /// <summary>The token of an "Authorization: Bearer …" header, or null.</summary>
    public static string? From(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7
            ? authorization[7..].Trim()
            : null;
}
