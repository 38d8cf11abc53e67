using Microsoft.Extensions.Options;
using TaskBot.Hosting;
using TaskBot.Scheduling;

namespace TaskBot.Cli;

/// <summary>TaskBot's services for one command, with the settings of its command line over everything else.</summary>
/// <param name="services">Changes to the services after TaskBot's own (a test's clock); none when run from a shell.</param>
public sealed class CommandServices(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
{
    private const string SchedulerEnabled = $"{SchedulerOptions.Section}:{nameof(SchedulerOptions.Enabled)}";

    public IReadOnlyDictionary<string, string?> Settings => settings;

    /// <summary>Checks every setting and then <paramref name="check"/> (before any database is opened), migrates the database,
    /// then runs the command in a scope.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> command, Action<IServiceProvider>? check = null)
    {
        // A command runs no recurring job. Hangfire also keeps its logger in static state: a command's host, once
        // disposed, would leave it to a server host in the same process (a test's) at that host's start.
        var builder = TaskBotHost.CreateBuilder([],
            settings.Where(s => !s.Key.Equals(SchedulerEnabled, StringComparison.OrdinalIgnoreCase)).Append(new(SchedulerEnabled, "false")));
        services?.Invoke(builder.Services);
        await using var app = TaskBotHost.Build(builder);
        app.Services.GetService<IStartupValidator>()?.Validate();
        check?.Invoke(app.Services);
        await app.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        return await command(scope.ServiceProvider);
    }
}
