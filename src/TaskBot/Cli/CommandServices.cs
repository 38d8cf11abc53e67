using Microsoft.Extensions.Options;
using TaskBot.Hosting;

namespace TaskBot.Cli;

/// <summary>TaskBot's services for one command, with the settings of its command line over everything else.</summary>
/// <param name="services">Changes to the services after TaskBot's own (a test's clock); none when run from a shell.</param>
public sealed class CommandServices(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
{
    public IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>Checks every setting and then <paramref name="check"/> (before any database is opened), migrates the database, then runs the command in a scope.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> command, Action<IServiceProvider>? check = null)
    {
        var builder = TaskBotHost.CreateBuilder([], settings);
        services?.Invoke(builder.Services);
        await using var app = TaskBotHost.Build(builder);
        app.Services.GetService<IStartupValidator>()?.Validate();
        check?.Invoke(app.Services);
        await app.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        return await command(scope.ServiceProvider);
    }
}
