using TaskBot.Words;

namespace TaskBot.Hosting;

/// <summary>Reads dialogs/ at start-up, so that a broken text file stops the server with a clear message instead of failing a chat.</summary>
public sealed class DialogTextCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<BotText>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
