using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TaskBot.Reminders.Delivery;

/// <summary>Runs the sender in the background: drains the outbox, then waits for a signal or the poll interval.</summary>
public sealed class OutboxSenderService(OutboxSender sender, OutboxSignal signal, IOptions<OutboxOptions> options, ILogger<OutboxSenderService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.DrainAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be restarting: keep the claims we hold to their lease and try again later.
                log.LogError(e, "The outbox sender failed; retrying after {Interval}", options.Value.PollInterval);
            }
            try { await signal.WaitAsync(options.Value.PollInterval, stoppingToken); }
            catch (OperationCanceledException) { }
        }
    }
}
