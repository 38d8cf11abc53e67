using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TaskBot.Reminders;

namespace TaskBot.Tests.Infrastructure;

/// <summary>The outbox of a PostgreSQL test store as the fan-out tests fill and watch it from outside the servers.</summary>
public static class OutboxQueue
{
    /// <summary>Queues this week's 调度 reminders now; returns how many were queued.</summary>
    public static Task<int> QueueWeeklyAsync(TestStore store) => TestApp.WithServicesAsync(store, async sp =>
        (await sp.GetRequiredService<ReminderRun>().RunAsync(ReminderJob.Weekly, now: true, dryRun: false, CancellationToken.None)).Queued);

    /// <summary>How many messages are still to be sent.</summary>
    public static async Task<long> PendingAsync(TestStore store)
    {
        await using var connection = new NpgsqlConnection(store.Settings["ConnectionStrings:TaskBot"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT count(*) FROM "Outbox" WHERE "Status" = 0""", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
