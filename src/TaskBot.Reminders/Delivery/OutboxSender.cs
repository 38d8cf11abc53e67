using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Turns;
using TaskBot.Data.Outbox;
using TaskBot.Data.Rates;
using TaskBot.Reminders.Robots;

namespace TaskBot.Reminders.Delivery;

/// <summary>
/// Drains the outbox: claims due messages (one per conversation), sends them within the global rate, records what
/// became of them in the next claim's transaction (<see cref="OutboxPipeline"/>), and tells the office about the ones
/// that cannot be delivered.
/// </summary>
public sealed class OutboxSender
{
    private const string RateKey = "outbox";
    private readonly IServiceScopeFactory _scopes;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxSender> _log;
    private readonly ISendRates _rates;
    private readonly RateLimit[] _rate;

    public OutboxSender(IServiceScopeFactory scopes, ISendRates rates, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSender> log)
    {
        (_scopes, _rates, _options, _time, _log) = (scopes, rates, options.Value, time, log);
        _rate = _options.RatePerSecond > 0 ? [RateLimit.PerSecond(_options.RatePerSecond)] : [];
    }

    /// <summary>This sender's name on its claims.</summary>
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Sends until nothing is due; returns how many messages it took.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await using var deliveryScopes = new DeliveryScopes(_scopes);
        // A platform not set up here is left to a process that has it (a `remind` run beside the server).
        var off = scope.ServiceProvider.GetServices<IChannelConnector>().Where(c => !c.IsOn).Select(c => c.ChannelId).ToList();
        var pipeline = new OutboxPipeline(scope.ServiceProvider.GetRequiredService<OutboxStore>(), new OutboxClaimant(Name, off), _options, _time);
        return await pipeline.RunAsync(async (record, ct) =>
        {
            var result = await DeliverAsync(deliveryScopes, record, ct);
            return new OutboxAttempt(record, result, Outcome(record, result));
        }, (attempts, ct) => TellOfficeAsync(scope.ServiceProvider, attempts, ct), cancellationToken);
    }

    private async Task TellOfficeAsync(IServiceProvider services, IReadOnlyList<OutboxAttempt> attempts, CancellationToken cancellationToken)
    {
        var undeliverable = attempts.Where(a => a.Result.Status == DeliveryStatus.Undeliverable
            || (a.Result.Status == DeliveryStatus.Transient && a.Record.Attempts >= _options.MaxAttempts)).ToList();
        if (undeliverable.Count > 0)
            await services.GetRequiredService<UndeliverableNotices>().QueueAsync(
                [.. undeliverable.Select(a => (a.Record, a.Result.Problem ?? Domain.Reminders.DeliveryProblem.Failed))], cancellationToken);
    }

    private async Task<DeliveryResult> DeliverAsync(DeliveryScopes scopes, OutboxRecord record, CancellationToken cancellationToken)
    {
        // The global rate is every instance's together: each message takes its slot, then waits for it.
        if (_rate.Length > 0 && (await _rates.TakeAsync(RateKey, _rate, TimeSpan.MaxValue, cancellationToken)).Wait is { Ticks: > 0 } wait)
            await Task.Delay(wait, _time, cancellationToken);
        var result = await scopes.SendAsync(services => RobotDelivery.SinkOf(record.Destination) is { } sink
            ? services.GetRequiredService<RobotDelivery>().SendAsync(sink, record.Payload, cancellationToken)
            : services.GetRequiredService<BotDelivery>().SendAsync(record.PayloadUtf8, cancellationToken));
        if (result.Status != DeliveryStatus.Sent)
            _log.LogWarning("Outbox {Id} ({Kind} to {Summary}) attempt {Attempt}: {Status} {Error}", record.Id, record.Kind, record.Summary,
                record.Attempts, result.Status, result.Error);
        return result;
    }

    private OutboxOutcome Outcome(OutboxRecord record, DeliveryResult result)
    {
        var now = _time.GetUtcNow();
        return result.Status switch
        {
            DeliveryStatus.Sent => new OutboxOutcome(record.Id, OutboxStatus.Sent),
            DeliveryStatus.Deferred => new OutboxOutcome(record.Id, OutboxStatus.Pending, (now + result.RetryAfter!.Value).ToUnixTimeMilliseconds(),
                result.Error, Uncounted: true),
            DeliveryStatus.Transient when record.Attempts < _options.MaxAttempts =>
                new OutboxOutcome(record.Id, OutboxStatus.Pending, (now + Backoff(record.Attempts, result.RetryAfter)).ToUnixTimeMilliseconds(),
                    result.Error),
            DeliveryStatus.Undeliverable when result.Problem != Domain.Reminders.DeliveryProblem.Failed =>
                new OutboxOutcome(record.Id, OutboxStatus.Dead, Error: result.Error),
            _ => new OutboxOutcome(record.Id, OutboxStatus.Failed, Error: result.Error),
        };
    }

    private TimeSpan Backoff(int attempts, TimeSpan? retryAfter)
    {
        var delay = _options.RetryBaseDelay * Math.Pow(2, Math.Min(attempts - 1, 16));
        var capped = delay < _options.RetryMaxDelay ? delay : _options.RetryMaxDelay;
        return retryAfter is { } r && r > capped ? r : capped;
    }
}
