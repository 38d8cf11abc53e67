using Microsoft.Extensions.Hosting;

namespace TaskBot.Data.Instances;

/// <summary>One instance (SQLite): streams get their activities in process, so there is nothing to listen for.</summary>
public sealed class NothingToListenFor : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
