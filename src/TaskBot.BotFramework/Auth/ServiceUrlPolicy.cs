using System.Net;
using Microsoft.Extensions.Options;

namespace TaskBot.BotFramework.Auth;

/// <summary>
/// Where the bot may send requests. With authentication on, a serviceUrl is trusted when a validated token
/// vouched for it; with it off, only loopback and the configured allow-list, so that nobody can make the bot
/// send requests to arbitrary hosts. The allow-list is compared on the parsed URL, never as text.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    public bool IsAllowedWithoutToken(string? serviceUrl) => Parse(serviceUrl) is { } uri && IsAllowedWithoutToken(uri);

    /// <param name="uri">A URL that <see cref="Parse"/> accepted.</param>
    public bool IsAllowedWithoutToken(Uri uri)
    {
        if (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip))) return true;
        return options.Value.AllowedServiceUrls.Any(allowed => Parse(allowed) is { } entry && Covers(entry, uri));
    }

    /// <summary>An absolute http(s) URL with no user info, query or fragment; null for anything else.</summary>
    public static Uri? Parse(string? serviceUrl)
    {
        if (serviceUrl is null || serviceUrl.IndexOfAny(['?', '#']) >= 0) return null;
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        return uri.UserInfo.Length == 0 ? uri : null;
    }

    private static bool Covers(Uri allowed, Uri uri) =>
        uri.Scheme == allowed.Scheme
        && string.Equals(uri.IdnHost, allowed.IdnHost, StringComparison.OrdinalIgnoreCase)
        && uri.Port == allowed.Port
        && (uri.AbsolutePath.TrimEnd('/') + "/").StartsWith(allowed.AbsolutePath.TrimEnd('/') + "/", StringComparison.Ordinal);
}
