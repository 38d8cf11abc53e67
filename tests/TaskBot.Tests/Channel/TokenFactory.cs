using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TaskBot.Tests.Channel;

/// <summary>Signing keys published as an OpenID JWKS, and the tokens a channel or the Emulator would sign with them.</summary>
public sealed class TokenFactory
{
    private readonly RsaSecurityKey _key;

    public TokenFactory(string keyId) => _key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId };

    public JsonObject Jwk(params string[] endorsements)
    {
        var p = _key.Rsa.ExportParameters(false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = _key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements.Length > 0) jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
        return jwk;
    }

    public string Create(string issuer, string audience, DateTime expires, params (string Type, string Value)[] claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value))),
            NotBefore = expires.AddHours(-2),
            IssuedAt = expires.AddHours(-2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>An unsigned token (alg: none) with the same claims a real one would carry.</summary>
    public static string Unsigned(string issuer, string audience, DateTime expires, string serviceUrl)
    {
        static string Part(JsonObject o) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(o.ToJsonString()));
        var exp = new DateTimeOffset(expires).ToUnixTimeSeconds();
        return Part(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }) + "."
            + Part(new JsonObject { ["iss"] = issuer, ["aud"] = audience, ["exp"] = exp, ["nbf"] = exp - 7200, ["serviceurl"] = serviceUrl }) + ".";
    }
}
