using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Hosting;

namespace TaskBot.Benchmarks;

/// <summary>
/// TaskBot in this process on a loopback port, over a PostgreSQL database, with one extra endpoint: the floor,
/// GET /bench/floor, which does one PostgreSQL round trip through the same DbContext a turn uses.
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
        await app.StartAsync();
        return new BenchServer(app, commits, timings);
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
