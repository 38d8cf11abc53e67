using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TaskBot.BotFramework.Schema;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// A channel's Connector service on 127.0.0.1: records every call TaskBot makes to it and answers 200 with a
/// ResourceResponse, or what a test scripted. Other paths can be served too (OpenID metadata, token endpoint).
/// </summary>
public sealed class ConnectorPeer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new();
    private int _ids;

    private ConnectorPeer(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedCall> Calls { get; } = new();
    public string Url => _app.Urls.First() + "/";

    public static async Task<ConnectorPeer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var peer = new ConnectorPeer(builder.Build());
        peer._app.Run(peer.HandleAsync);
        await peer._app.StartAsync();
        return peer;
    }

    /// <summary>The next Connector calls are answered with these statuses, in order (200: an empty body); then 200 with an id again.</summary>
    public void Answer(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    public void Serve(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public IReadOnlyList<ReceivedCall> RepliesTo(string activityId) => [.. Calls.Where(c => c.Activity?.ReplyToId == activityId)];

    private async Task HandleAsync(HttpContext http)
    {
        if (_routes.TryGetValue(http.Request.Path, out var route)) { await route(http); return; }
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync();
        Calls.Enqueue(new ReceivedCall(http.Request.Method, http.Request.Path + http.Request.QueryString,
            http.Request.Headers.Authorization.ToString(), body.Length > 0 ? ActivityJson.Deserialize<Activity>(body) : null));
        if (_script.TryDequeue(out var scripted) && scripted.Status == 200) return; // an empty 200, as some emulators answer
        if (scripted.Status > 0)
        {
            http.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null) http.Response.Headers.RetryAfter = scripted.RetryAfter;
            await http.Response.WriteAsync("""{"error":{"code":"Scripted","message":"scripted failure"}}""");
            return;
        }
        await http.Response.WriteAsJsonAsync(new { id = $"peer-{Interlocked.Increment(ref _ids)}" });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed record ReceivedCall(string Method, string Path, string Authorization, Activity? Activity)
{
    /// <summary>When the call arrived, on the real clock.</summary>
    public DateTimeOffset At { get; } = DateTimeOffset.UtcNow;
}
