using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TaskBot.BotFramework.Auth;

/// <summary>
/// The signing keys behind an OpenID metadata document, cached and refreshed at least daily
/// (new keys can appear at any time, so an unknown key triggers one early refresh).
/// </summary>
public sealed class OpenIdKeySource
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public OpenIdKeySource(string metadataUrl, HttpClient http)
    {
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = metadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(24),
            RefreshInterval = TimeSpan.FromMinutes(1),
        };
    }

    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        await _manager.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _manager.RequestRefresh();

    /// <summary>The channel ids a key is endorsed for; empty when the key carries no endorsements.</summary>
    public static IReadOnlyList<string> Endorsements(OpenIdConnectConfiguration configuration, string? keyId)
    {
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value)) return [];
        return value switch
        {
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } e =>
                [.. e.EnumerateArray().Select(x => x.GetString() ?? "")],
            IEnumerable<object> list => [.. list.Select(x => x?.ToString() ?? "")],
            _ => [],
        };
    }

    public static IEnumerable<SecurityKey> SigningKeys(OpenIdConnectConfiguration configuration) =>
        configuration.SigningKeys.Concat(configuration.JsonWebKeySet?.GetSigningKeys() ?? []).DistinctBy(k => k.KeyId);
}
