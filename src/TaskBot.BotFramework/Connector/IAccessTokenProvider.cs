namespace TaskBot.BotFramework.Connector;

/// <summary>The bearer token for outbound Connector calls; null when the bot has no app id (then no header is sent).</summary>
public interface IAccessTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
