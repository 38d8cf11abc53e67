using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// A load balancer on 127.0.0.1 (YARP) in front of several TaskBot instances: each request, WebSocket streams too,
/// to the next instance in turn; the Host header kept, so Direct Line's stream URLs name the proxy; an instance that
/// stops answering /healthz is left out within a few seconds, as any production balancer would.
/// </summary>
public sealed class RoundRobinProxy : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RoundRobinProxy(WebApplication app) => _app = app;

    public string Url => _app.Urls.First();

    public static async Task<RoundRobinProxy> StartAsync(IEnumerable<string> instanceUrls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var route = new RouteConfig
        {
            RouteId = "all", ClusterId = "taskbot", Match = new RouteMatch { Path = "{**rest}" },
            Transforms = [new Dictionary<string, string> { ["RequestHeaderOriginalHost"] = "true" }],
        };
        var cluster = new ClusterConfig
        {
            ClusterId = "taskbot",
            LoadBalancingPolicy = "RoundRobin",
            Destinations = instanceUrls.Select((url, i) => (url, i))
                .ToDictionary(d => $"instance{d.i}", d => new DestinationConfig { Address = d.url }),
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true, Interval = TimeSpan.FromSeconds(1), Timeout = TimeSpan.FromSeconds(1), Policy = "ConsecutiveFailures",
                    Path = "/healthz",
                },
            },
        };
        builder.Services.AddReverseProxy().LoadFromMemory([route], [cluster]);
        var app = builder.Build();
        app.UseWebSockets();
        app.MapReverseProxy();
        await app.StartAsync();
        return new RoundRobinProxy(app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
