using Microsoft.Extensions.Options;
using TaskBot.Hosting;

namespace TaskBot.Scheduling;

/// <summary>
/// Refuses dashboard changes (anything but GET/HEAD) that another site's page could make with the member's cookie:
/// the request's Origin (or, without one, its Referer) must be this server, as the request or Server:PublicUrl names it.
/// </summary>
internal static class DashboardOrigin
{
    public static bool Allows(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) return true;
        var claimed = request.Headers.Origin.FirstOrDefault() is { Length: > 0 } origin ? origin : request.Headers.Referer.FirstOrDefault();
        if (!Uri.TryCreate(claimed, UriKind.Absolute, out var from)) return false;
        var publicUrl = http.RequestServices.GetRequiredService<PublicAddress>().Base;
        return SameAuthority(from, $"{request.Scheme}://{request.Host}") || SameAuthority(from, publicUrl);
    }

    private static bool SameAuthority(Uri from, string server) =>
        Uri.TryCreate(server, UriKind.Absolute, out var ours)
        && string.Equals(from.GetLeftPart(UriPartial.Authority), ours.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
}
