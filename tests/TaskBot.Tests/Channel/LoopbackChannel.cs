using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace TaskBot.Tests.Channel;

/// <summary>
/// The in-memory test server gives requests no remote address. The channel a test plays posts to /api/messages
/// from this machine, as the Emulator does; a test playing a remote caller sets its own address.
/// </summary>
public sealed class LoopbackChannel : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, inner) =>
        {
            if (http.Request.Path.StartsWithSegments("/api/messages")) http.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return inner(http);
        });
        next(app);
    };
}
