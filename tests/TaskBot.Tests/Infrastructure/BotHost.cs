using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskBot.Hosting;
using TaskBot.Words;

namespace TaskBot.Tests.Infrastructure;

/// <summary>TaskBot on an in-memory server, over a test store; dispose and start again on the same store to restart.</summary>
public sealed class BotHost : IAsyncDisposable
{
    // The words are read-only once loaded: the run's hosts share one reading of dialogs/ instead of parsing every
    // file and building every phrase's regex again at each start. A store that points Dialogs:* elsewhere reads its own.
    private static readonly Lazy<BotText> Words = new(() => new BotText(Options.Create(new DialogTextOptions()), ContentRoot.Find()));

    private readonly WebApplication _app;

    private BotHost(WebApplication app) => _app = app;

    public HttpClient Client { get; private set; } = null!;
    public IServiceProvider Services => _app.Services;
    public TestServer Server => _app.GetTestServer();

    public static async Task<BotHost> StartAsync(TestStore store, Action<IServiceCollection>? services = null)
    {
        var builder = TaskBotHost.CreateBuilder([], store.Settings);
        builder.WebHost.UseTestServer();
        if (!store.Settings.Keys.Any(k => k.StartsWith(DialogTextOptions.Section + ":", StringComparison.OrdinalIgnoreCase)))
            builder.Services.AddSingleton(Words.Value);
        services?.Invoke(builder.Services);
        var host = new BotHost(TaskBotHost.Build(builder));
        await host._app.StartAsync();
        host.Client = host._app.GetTestClient();
        return host;
    }

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
