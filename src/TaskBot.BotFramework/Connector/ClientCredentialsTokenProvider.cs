using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace TaskBot.BotFramework.Connector;

/// <summary>An OAuth client-credentials token for the Bot Connector, cached until shortly before it expires.</summary>
public sealed class ClientCredentialsTokenProvider(HttpClient http, IOptions<BotOptions> options, TimeProvider time) : IAccessTokenProvider
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (!bot.AuthenticationEnabled) return null;
        if (_cached is { } fresh && fresh.ExpiresAt > time.GetUtcNow()) return fresh.Token;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && again.ExpiresAt > time.GetUtcNow()) return again.Token;
            var response = await http.PostAsync(bot.TokenEndpointForTenant, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = bot.MicrosoftAppId,
                ["client_secret"] = bot.MicrosoftAppPassword,
                ["scope"] = bot.OAuthScope,
            }), cancellationToken);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                ?? throw new InvalidOperationException("the token endpoint answered with an empty body");
            _cached = (body.AccessToken, time.GetUtcNow() + TimeSpan.FromSeconds(body.ExpiresIn) - RefreshMargin);
            return body.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
