using System.Net;
using Microsoft.Extensions.Options;

namespace TaskBot.BotFramework.Auth;

/// <summary>
/// Where the bot may send requests. With authentication on, a serviceUrl is trusted when a validated token
/// vouched for it; with it off, only loopback and the configured allow-list, so that nobody can make the bot
/// send requests to arbitrary hosts.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    public bool IsAllowedWithoutToken(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return false;
        if (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))) return true;
        return options.Value.AllowedServiceUrls.Any(prefix => serviceUrl!.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
