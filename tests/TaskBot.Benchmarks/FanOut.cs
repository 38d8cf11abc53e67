using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TaskBot.BotFramework.Schema;
using TaskBot.Data;
using TaskBot.Data.Outbox;
using TaskBot.Reminders;
using TaskBot.Reminders.Delivery;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// B3: the weekly reminder to 10,000 people through the outbox to a local Connector peer, uncapped and at 50/s. A
/// sender runs all year, so the uncapped drain and its floor are each measured after unmeasured passes of the same
/// messages: what is measured is sending, not the runtime compiling the sender's code. After one pass both were still
/// being recompiled (the runtime's tiers): each sent half again as fast or more by the fourth measured round.
/// </summary>
public static class FanOut
{
    private const int WarmPasses = 3;

    /// <param name="capped">Messages of the capped run; 0 leaves it out.</param>
    /// <param name="rounds">Measured rounds of the drain and its floor, alternating; each figure is their median.</param>
    public static async Task<IReadOnlyList<Figure>> RunAsync(PostgresCluster postgres, HttpClient http, int recipients, int capped, int rounds = 1)
    {
        await using var peer = await ConnectorPeer.StartAsync();
        await using var server = await BenchServer.StartAsync(await postgres.CreateDatabaseAsync(pooling: true));
        await server.WithScopeAsync(sp => Recipients.SeedAsync(sp.GetRequiredService<TaskBotDbContext>(), recipients, peer.Url));
        var queued = (await server.WithScopeAsync(sp =>
            sp.GetRequiredService<ReminderRun>().RunAsync(ReminderJob.Weekly, now: true, dryRun: false, CancellationToken.None))).Queued;
        var concurrency = server.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.Concurrency;

        var requests = await RequestsAsync(server);
        for (var pass = 0; pass < WarmPasses; pass++)
        {
            await PostAllAsync(http, requests, concurrency);
            if (pass > 0) await RequeueAsync(server, queued);
            await DrainAsync(server, ratePerSecond: 0);
        }
        var measured = new List<Round>();
        for (var i = 0; i < rounds; i++)
        {
            var cpu = Cpu(postgres);
            var floorSeconds = await PostAllAsync(http, requests, concurrency);
            var floorCpu = Cpu(postgres) - cpu;
            await RequeueAsync(server, queued);
            var before = (Calls: peer.Calls.Count, Commits: server.Commits.Commits);
            cpu = Cpu(postgres);
            var started = Stopwatch.GetTimestamp();
            var uncappedSeconds = await DrainAsync(server, ratePerSecond: 0);
            var drainCpu = Cpu(postgres) - cpu;
            if (peer.Calls.Count - before.Calls is var reached && reached != queued)
                throw new InvalidOperationException($"{reached} of {queued} reached the peer");
            var round = new Round(queued / uncappedSeconds, queued / floorSeconds, drainCpu.Total * 1e6 / queued, drainCpu.Database * 1e6 / queued,
                floorCpu.Total * 1e6 / queued, (double)(server.Commits.Commits - before.Commits) / queued);
            // The drain's span on the monotonic clock, for `perf report --time` (perf record -k CLOCK_MONOTONIC).
            if (rounds > 1) Console.Error.WriteLine(FormattableString.Invariant(
                $"  B3 round {i + 1}: {round}; drain {Monotonic(started):F6},{Monotonic(Stopwatch.GetTimestamp()):F6}"));
            measured.Add(round);
        }
        double Median(Func<Round, double> of) => Stats.Quantile([.. measured.Select(of)], 0.5);
        var (rate, floorRate) = (Median(r => r.Rate), Median(r => r.FloorRate));
        var commitsPerMessage = Median(r => r.Commits);
        var rest = rounds > 1 ? $"; median of {rounds} rounds" : "";
        List<Figure> figures =
        [
            new("B3.rate", $"fan-out of {queued} through the outbox, uncapped", rate, "msg/s", "≥ 0.5 × floor", rate >= 0.5 * floorRate, floorRate,
                $"plain HTTP loop, same messages, {concurrency} at a time; both after {WarmPasses} passes unmeasured{rest}"),
            new("B3.cpu", "CPU a message uncapped: this process (and the peer) + PostgreSQL", Median(r => r.Cpu), "µs", "—", null,
                Median(r => r.FloorCpu), "the plain loop's", $"PostgreSQL {Median(r => r.DatabaseCpu):F0} µs of it"),
            new("B3.commits", "commits per message", commitsPerMessage, "commits", "≤ 1.1", commitsPerMessage <= 1.1),
        ];
        if (capped == 0) return figures;
        await RequeueAsync(server, capped);
        var cappedSeconds = await DrainAsync(server, ratePerSecond: 50);
        var cappedTarget = 1.05 * capped / 50 + 2;
        figures.Add(new("B3.capped", $"fan-out of {capped} at a 50/s cap", cappedSeconds, "s", $"≤ {cappedTarget:F1} s",
            cappedSeconds <= cappedTarget, capped / 50.0, "N / 50"));
        return figures;
    }

    private static double Monotonic(long timestamp) => timestamp / (double)Stopwatch.Frequency;

    private readonly record struct Round(double Rate, double FloorRate, double Cpu, double DatabaseCpu, double FloorCpu, double Commits)
    {
        public override string ToString() =>
            FormattableString.Invariant($"{Rate:F0} msg/s vs {FloorRate:F0} ({Rate / FloorRate:F2}x); ")
            + FormattableString.Invariant($"CPU {Cpu:F0} µs (PostgreSQL {DatabaseCpu:F0}) vs {FloorCpu:F0} ({Cpu / FloorCpu:F2}x)");
    }

    /// <summary>CPU seconds so far of this process (TaskBot, the peer, the loop) and of PostgreSQL.</summary>
    private static CpuSeconds Cpu(PostgresCluster postgres) => new(CpuTime.Of(Environment.ProcessId), CpuTime.OfPostgres(postgres));

    private readonly record struct CpuSeconds(double Here, double Database)
    {
        public double Total => Here + Database;
        public static CpuSeconds operator -(CpuSeconds a, CpuSeconds b) => new(a.Here - b.Here, a.Database - b.Database);
    }

    /// <summary>The Connector calls the queued messages make, read from the outbox.</summary>
    public static async Task<List<(string Url, string Body)>> RequestsAsync(BenchServer server)
    {
        var payloads =
            await server.WithScopeAsync(sp => sp.GetRequiredService<OutboxStore>().Records.AsNoTracking().Select(r => r.Payload).ToListAsync());
        return [.. payloads.Select(BotEnvelope.Posted).Select(p => (
            Url: $"{p.ServiceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(p.ConversationId)}/activities", Body: p.Text))];
    }

    /// <summary>Posts every request, <paramref name="concurrency"/> at a time; the seconds it took.</summary>
    public static async Task<double> PostAllAsync(HttpClient http, IReadOnlyList<(string Url, string Body)> requests, int concurrency)
    {
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (r, ct) =>
        {
            using var response = await http.PostAsync(r.Url, new StringContent(r.Body, Encoding.UTF8, "application/json"), ct);
            response.EnsureSuccessStatusCode();
        });
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The server's outbox sent to the end at <paramref name="ratePerSecond"/> (0: uncapped); the seconds it took.</summary>
    public static async Task<double> DrainAsync(BenchServer server, int ratePerSecond)
    {
        var options = server.Services.GetRequiredService<IOptions<OutboxOptions>>().Value;
        options.RatePerSecond = ratePerSecond;
        var sender = ActivatorUtilities.CreateInstance<OutboxSender>(server.Services, Options.Create(options));
        var clock = Stopwatch.StartNew();
        await sender.DrainAsync(CancellationToken.None);
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>The first <paramref name="count"/> messages to be sent again, the rest left as sent; the table vacuumed.</summary>
    private static Task RequeueAsync(BenchServer server, int count) => server.WithScopeAsync(async sp =>
    {
        var database = sp.GetRequiredService<TaskBotDbContext>().Database;
        await database.ExecuteSqlAsync($"""
            UPDATE "Outbox" SET "Status" = 0, "Attempts" = 0, "DueAtMs" = 0, "ClaimedUntilMs" = NULL
            WHERE "Id" IN (SELECT "Id" FROM "Outbox" ORDER BY "Id" LIMIT {count})
            """);
        return await database.ExecuteSqlRawAsync("""VACUUM ANALYZE "Outbox" """);
    });
}
