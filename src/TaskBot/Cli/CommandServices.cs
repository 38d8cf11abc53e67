using Microsoft.Extensions.Options;
using TaskBot.Hosting;

namespace TaskBot.Cli;

/// <summary>TaskBot's services for one command, with the settings of its command line over everything else.</summary>
public sealed class CommandServices(IReadOnlyDictionary<string, string?> settings)
{
    public IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>Checks every setting, then migrates the database, then runs the command in a scope.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> command)
    {
        await using var app = TaskBotHost.Build(TaskBotHost.CreateBuilder([], settings));
        app.Services.GetService<IStartupValidator>()?.Validate();
        await app.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        return await command(scope.ServiceProvider);
    }
}
