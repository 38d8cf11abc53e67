using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace TaskBot.Hosting;

/// <summary>
/// Where links the bot sends start: Server:PublicUrl when the office set it, otherwise the address this server
/// listens on (a wildcard host read as localhost), so a server started with --urls sends links that work.
/// </summary>
public sealed class PublicAddress(IOptions<ServerOptions> options, IServiceProvider services)
{
    public string Base => (options.Value.PublicUrl ?? Listening() ?? options.Value.DefaultUrls.Split(';')[0]).TrimEnd('/');

    private string? Listening()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses?.FirstOrDefault() is not { } first || !Uri.TryCreate(first.Replace("://+", "://localhost")
                .Replace("://*", "://localhost"), UriKind.Absolute, out var uri)) return null;
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri) { Host = host }.Uri.GetLeftPart(UriPartial.Authority);
    }
}
