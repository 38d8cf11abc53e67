using System.ComponentModel.DataAnnotations;

namespace TaskBot.BotFramework;

/// <summary>The bot's registration and the Bot Framework endpoints it trusts (section "Bot").</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>Empty for local use: requests then need no token and replies go only to allowed service URLs.</summary>
    public string MicrosoftAppId { get; set; } = "";
    public string MicrosoftAppPassword { get; set; } = "";

    /// <summary>For a single-tenant registration; empty means multi-tenant (botframework.com).</summary>
    public string MicrosoftAppTenantId { get; set; } = "";

    [Required, Url] public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    [Required] public string TokenIssuer { get; set; } = "https://api.botframework.com";
    [Required, Url] public string EmulatorOpenIdMetadataUrl { get; set; } =
        "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    public List<string> EmulatorIssuers { get; set; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    [Required] public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";
    [Required] public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// With no app id: the bearer token a caller must send to /api/messages, from any address. Empty: only callers
    /// on this machine are accepted.
    /// </summary>
    public string LocalSecret { get; set; } = "";

    /// <summary>With no app id, replies go only to loopback and to these service URLs (scheme, host, port, and path prefix).</summary>
    public List<string> AllowedServiceUrls { get; set; } = [];

    [Range(1024, 16 * 1024 * 1024)] public int MaxActivityBytes { get; set; } = 256 * 1024;

    [Range(1, 10)] public int SendAttempts { get; set; } = 4;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        AllowedServiceUrls.Where(url => Auth.ServiceUrlPolicy.Parse(url) is null)
            .Select(url => new ValidationResult($"Bot:AllowedServiceUrls: '{url}' is not an http(s) URL without user info, query or fragment"));

    public bool AuthenticationEnabled => MicrosoftAppId.Length > 0;

    public string TokenEndpointForTenant =>
        TokenEndpoint.Replace("{tenant}", MicrosoftAppTenantId.Length > 0 ? MicrosoftAppTenantId : "botframework.com");
}
