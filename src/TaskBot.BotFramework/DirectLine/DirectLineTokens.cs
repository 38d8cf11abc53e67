using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>Issues and checks Direct Line tokens: HMAC-signed, one conversation each, 30 minutes by default.</summary>
public sealed class DirectLineTokens(IDirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Issuer = "taskbot-directline";
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<(string Token, int ExpiresIn)> IssueAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.TokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity([new Claim("conv", conversationId), new Claim("user", userId)]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(await KeyAsync(cancellationToken), SecurityAlgorithms.HmacSha256),
        });
        return (token, (int)lifetime.TotalSeconds);
    }

    /// <summary>The grant of a valid token, or null. <paramref name="allowExpired"/> accepts tokens up to the resume window old.</summary>
    public async Task<DirectLineGrant?> ValidateAsync(string? token, CancellationToken cancellationToken, bool allowExpired = false)
    {
        if (string.IsNullOrEmpty(token) || !_handler.CanReadToken(token)) return null;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = await KeyAsync(cancellationToken),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            LifetimeValidator = (_, expires, _, _) =>
                expires is { } e && time.GetUtcNow() <= e + (allowExpired ? options.Value.ResumeWindow : TimeSpan.Zero),
        });
        if (!result.IsValid) return null;
        var jwt = (JsonWebToken)result.SecurityToken;
        return new DirectLineGrant(jwt.GetClaim("conv").Value, jwt.GetClaim("user").Value, jwt.ValidTo);
    }

    private async Task<SymmetricSecurityKey> KeyAsync(CancellationToken cancellationToken) => new(await store.SigningKeyAsync(cancellationToken));
}
