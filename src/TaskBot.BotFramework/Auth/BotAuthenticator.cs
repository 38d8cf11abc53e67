using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TaskBot.BotFramework.Hosting;
using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.Auth;

/// <summary>
/// Checks the bearer token on an inbound activity: Bot Connector tokens (issuer, audience, signature by an
/// endorsed key, serviceurl claim) and Bot Framework Emulator tokens. With no app id configured, requests
/// are accepted as anonymous when they carry Bot:LocalSecret or, with no such secret, come from this machine.
/// Refusals name no token-library detail; that goes to the log.
/// </summary>
public sealed class BotAuthenticator(IOptions<BotOptions> options, BotKeySources keys, ServiceUrlPolicy serviceUrls, ILogger<BotAuthenticator> log)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler _handler = new();

    /// <param name="token">The bearer token of the request, or null when it had none.</param>
    /// <param name="fromLoopback">The request came from this machine.</param>
    public async Task<AuthenticationResult> AuthenticateAsync(string? token, Activity activity, bool fromLoopback,
        CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (!bot.AuthenticationEnabled) return Local(token, activity, fromLoopback);
        if (token is null) return AuthenticationResult.Unauthorized("missing bearer token");
        if (!_handler.CanReadToken(token)) return AuthenticationResult.Unauthorized("malformed token");
        var issuer = _handler.ReadJsonWebToken(token).Issuer;
        return IsEmulatorIssuer(issuer)
            ? await EmulatorAsync(token, cancellationToken)
            : await ChannelAsync(token, activity, cancellationToken);
    }

    /// <summary>
    /// With no app id, the refusal of a caller who may not post at all, decided before its body is read; null
    /// when the caller may go on (and always with an app id, where the token is checked against the activity).
    /// </summary>
    public AuthenticationResult? RefuseLocalCaller(string? token, bool fromLoopback)
    {
        if (options.Value.AuthenticationEnabled) return null;
        var secret = options.Value.LocalSecret;
        if (secret.Length > 0)
            return SharedSecret.Matches(token, secret) ? null : AuthenticationResult.Unauthorized("send Bot:LocalSecret as the bearer token");
        if (token is not null) return AuthenticationResult.Unauthorized("a token was sent but the bot has no app id to validate it against");
        return fromLoopback ? null
            : AuthenticationResult.Unauthorized("with no app id, only callers on this machine or holding Bot:LocalSecret are accepted");
    }

    private AuthenticationResult Local(string? token, Activity activity, bool fromLoopback) =>
        RefuseLocalCaller(token, fromLoopback)
            ?? AuthenticationResult.Accept(CallerIdentity.Local(serviceUrls.IsAllowedWithoutToken(activity.ServiceUrl)));

    private async Task<AuthenticationResult> ChannelAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var bot = options.Value;
        var (result, configuration) = await ValidateAsync(token, keys.Channel, [bot.TokenIssuer], cancellationToken);
        if (!result.IsValid) return Invalid(result);
        var jwt = (JsonWebToken)result.SecurityToken;
        var endorsements = OpenIdKeySource.Endorsements(configuration, jwt.Kid);
        if (endorsements.Count > 0 && !endorsements.Contains(activity.ChannelId ?? "", StringComparer.Ordinal))
            return AuthenticationResult.Forbidden($"the signing key is not endorsed for channel '{activity.ChannelId}'");
        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claimed) ? claimed : null;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            return AuthenticationResult.Forbidden("the token's serviceurl claim does not match the activity's serviceUrl");
        return AuthenticationResult.Accept(new CallerIdentity(false, AppIdOf(jwt), true));
    }

    private async Task<AuthenticationResult> EmulatorAsync(string token, CancellationToken cancellationToken)
    {
        var bot = options.Value;
        var (result, _) = await ValidateAsync(token, keys.Emulator, bot.EmulatorIssuers, cancellationToken);
        if (!result.IsValid) return Invalid(result);
        var jwt = (JsonWebToken)result.SecurityToken;
        if (AppIdOf(jwt) != bot.MicrosoftAppId) return AuthenticationResult.Unauthorized("the emulator token was issued to another app");
        return AuthenticationResult.Accept(new CallerIdentity(false, bot.MicrosoftAppId, true));
    }

    private async Task<(TokenValidationResult, Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration)> ValidateAsync(
        string token, OpenIdKeySource source, IEnumerable<string> issuers, CancellationToken cancellationToken)
    {
        var configuration = await source.GetAsync(cancellationToken);
        var result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            source.RequestRefresh();
            configuration = await source.GetAsync(cancellationToken);
            result = await _handler.ValidateTokenAsync(token, Parameters(configuration, issuers));
        }
        return (result, configuration);
    }

    private TokenValidationParameters Parameters(Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration configuration,
        IEnumerable<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = options.Value.MicrosoftAppId,
        IssuerSigningKeys = OpenIdKeySource.SigningKeys(configuration),
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ClockSkew = options.Value.ClockSkew,
    };

    private AuthenticationResult Invalid(TokenValidationResult result)
    {
        log.LogWarning(result.Exception, "Refused an inbound token");
        return AuthenticationResult.Unauthorized("the token is invalid or expired");
    }

    private bool IsEmulatorIssuer(string issuer) => options.Value.EmulatorIssuers.Contains(issuer, StringComparer.Ordinal);

    private static string? AppIdOf(JsonWebToken jwt) =>
        jwt.TryGetPayloadValue<string>("appid", out var appId) ? appId
        : jwt.TryGetPayloadValue<string>("azp", out var azp) ? azp
        : null;
}
