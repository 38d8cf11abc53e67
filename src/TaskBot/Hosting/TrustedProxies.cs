using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace TaskBot.Hosting;

/// <summary>
/// Behind a balancer every request comes from the balancer, over its scheme. From the proxies the office names
/// (Server:TrustedProxies), the caller's address and scheme are read from X-Forwarded-For and X-Forwarded-Proto, so
/// per-address limits and the binding lockout count each visitor, a TLS balancer's Web Chat gets wss:// streams, and
/// "this machine" means the caller, not the proxy. Nobody else's forwarded headers are believed.
/// </summary>
public static class TrustedProxies
{
    public static void AddTrustedProxies(this IServiceCollection services) =>
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ServerOptions>>((forwarded, server) =>
        {
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in server.Value.TrustedProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            forwarded.ForwardedHeaders = forwarded.KnownProxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        });
}
