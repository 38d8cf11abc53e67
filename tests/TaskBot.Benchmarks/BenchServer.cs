using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Hosting;

namespace TaskBot.Benchmarks;

/// <summary>
/// TaskBot in this process on a loopback port, over a PostgreSQL database, with two extra endpoints: the floor,
/// GET /bench/floor, which does one PostgreSQL round trip through the same DbContext a turn uses, and the bare turn,
/// POST /bench/bare, which does only what every turn must (<see cref="BareTurnAsync"/>).
/// </summary>
public sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchServer(WebApplication app, CommitCounter commits, TurnTimings timings) => (_app, Commits, Timings) = (app, commits, timings);

    public CommitCounter Commits { get; }
    public TurnTimings Timings { get; }
    public IServiceProvider Services => _app.Services;
    public string Url => _app.Urls.First();

    public static async Task<BenchServer> StartAsync(string connectionString, params (string Key, string? Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TaskBot"] = connectionString,
            ["Seeds:ImportDemoOnEmptyDatabase"] = "true",
            ["Scheduler:Enabled"] = "false",
            ["Outbox:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        };
        foreach (var (key, value) in settings) all[key] = value;
        var builder = TaskBotHost.CreateBuilder([], all);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var commits = new CommitCounter();
        builder.Services.AddSingleton<IInterceptor>(commits);
        var timings = new TurnTimings();
        builder.Services.AddSingleton<IInterceptor>(timings);
        var app = TaskBotHost.Build(builder);
        app.MapGet("/bench/floor", async (TaskBotDbContext db, CancellationToken ct) =>
            Results.Text((await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync(ct))[0].ToString()));
        app.MapPost("/bench/bare", BareTurnAsync);
        await app.StartAsync();
        return new BenchServer(app, commits, timings);
    }

    /// <summary>
    /// The structural minimum of a turn: the activity read from the POST body, one PostgreSQL round trip, one reply
    /// posted to the activity's Connector; no dialog, state, authentication or middleware.
    /// </summary>
    private static async Task<IResult> BareTurnAsync(HttpRequest request, TaskBotDbContext db, IHttpClientFactory clients, CancellationToken ct)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct);
        var activity = ActivityJson.Deserialize<Activity>(body.GetBuffer().AsSpan(0, (int)body.Length))!;
        var one = (await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").ToListAsync(ct))[0];
        var reply = Activity.CreateMessage($"{one}: {activity.Text}");
        var url = $"{activity.ServiceUrl!.TrimEnd('/')}/v3/conversations/{activity.Conversation!.Id}/activities/{activity.Id}";
        using var content = new ByteArrayContent(ActivityJson.SerializeToUtf8Bytes(reply)) { Headers = { ContentType = new("application/json") } };
        using var response = await clients.CreateClient().PostAsync(url, content, ct);
        response.EnsureSuccessStatusCode();
        return Results.Ok();
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Timings.Dispose();
    }
}
