using System.ComponentModel.DataAnnotations;
using System.Net;

namespace TaskBot.Hosting;

public sealed class ServerOptions : IValidatableObject
{
    public const string Section = "Server";

    /// <summary>Where the server listens when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    [Required, Url]
    public string DefaultUrls { get; set; } = "http://localhost:3978";

    /// <summary>The address people reach this server at, for links the bot sends (sign-in, downloads); unset: the
    /// address it listens on (see <see cref="PublicAddress"/>).</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>The load balancers or reverse proxies (IP addresses) whose X-Forwarded-For and X-Forwarded-Proto are
    /// believed: behind them a caller is known by their own address and scheme, not the proxy's (see TrustedProxies).</summary>
    public string[] TrustedProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        TrustedProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"Server:TrustedProxies: \"{p}\" is not an IP address", [nameof(TrustedProxies)]));
}
