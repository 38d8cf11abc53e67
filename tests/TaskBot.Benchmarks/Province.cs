using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using TaskBot.Reminders;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// A league (盟/市) of 10 旗区 on one PostgreSQL cluster: a database per 旗区, as TaskBot serves one organisation per
/// database, each 旗区 with its own TaskBot; 100 tasks and 100 units each, 20,000 bound people in all and a year of weekly
/// reports. The benchmark's figures at that size, and B2 with 1, 2 and 3 instances of one 旗区's TaskBot.
/// </summary>
public static class Province
{
    public const int Counties = 10;

    public static async Task<IReadOnlyList<Figure>> RunAsync(PostgresCluster postgres, HttpClient http, bool quick)
    {
        var people = quick ? 500 : 2_000;
        var duration = TimeSpan.FromSeconds(quick ? 5 : 15);
        await using var peer = await ConnectorPeer.StartAsync();
        var counties = new List<County>();
        var figures = new List<Figure>();
        try
        {
            var generate = Stopwatch.StartNew();
            for (var i = 0; i < Counties; i++)
            {
                counties.Add(await County.CreateAsync(postgres, i, people, peer.Url));
                Console.Error.WriteLine($"  旗区 {i + 1} of {Counties} generated");
            }
            figures.Add(new("P.generate", $"{Counties} 旗区 generated: import, {Counties * people} people, reports by COPY",
                generate.Elapsed.TotalSeconds, "s", "—", null));
            figures.AddRange(await ProvinceSize.MeasureAsync(counties));

            var first = counties[0];
            figures.AddRange(await PlanScale.BehindAsync(first.Server, first.ConnectionString, first.Today, "领导1",
                $"behind: one leader's {County.Tasks / County.Leaders} tasks (one 旗区)", "P.B4.leader", 5, quick ? 10 : 40, first.ReportRows));
            figures.AddRange(await PlanScale.BehindAsync(first.Server, first.ConnectionString, first.Today, null,
                $"behind: one 旗区's {County.Tasks} tasks", "P.B4.all", 50, quick ? 10 : 40, first.ReportRows));
            Console.Error.WriteLine("  B3 weekly reminder");
            figures.AddRange(await FanOutAsync(counties, http, peer));

            var single = first.Conversations(http, peer.Url, [first.Server.Url], 4 * County.Units, 1)[0];
            figures.AddRange(await ReportingTurns.SingleTurnAsync("P.B1", first.Server, http, peer, single, quick ? 200 : 1000));
            var everywhere = counties.SelectMany(c => c.Conversations(http, peer.Url, [c.Server.Url], 0, County.Units)).ToList();
            Console.Error.WriteLine("  B2 across the 旗区");
            var cpu = (Here: CpuTime.Of(Environment.ProcessId), Postgres: CpuTime.OfPostgres(postgres));
            var levels = await ReportingTurns.LevelsAsync(everywhere, Instances.InFlight, duration);
            var (here, database) = (CpuTime.Of(Environment.ProcessId) - cpu.Here, CpuTime.OfPostgres(postgres) - cpu.Postgres);
            figures.Add(new("P.B2.rate", $"sustained turns/s, {everywhere.Count} conversations across the {Counties} 旗区, p99 ≤ 50 ms",
                levels.Best, "turns/s", "—", null,
                Note: $"{levels.Detail}; {everywhere.Sum(c => c.Retries)} deliveries answered 5xx and sent again"));
            figures.Add(new("P.B2.peak", "the same, any p99", levels.Peak, "turns/s", "—", null));
            figures.Add(new("P.B2.cpu", "CPU a turn across the 旗区: TaskBot + PostgreSQL", 1000 * (here + database) / levels.Turns, "ms", "—", null,
                Note: $"this process (10 TaskBots and the client) {1000 * here / levels.Turns:F2} ms, "
                    + $"PostgreSQL {1000 * database / levels.Turns:F2} ms"));
        }
        finally
        {
            foreach (var county in counties) await county.DisposeAsync();
            // Their idle pooled connections would hold the cluster's max_connections from the instances below.
            NpgsqlConnection.ClearAllPools();
        }
        figures.AddRange(await Instances.RunAsync(counties[0], postgres, http, peer, duration));
        return figures;
    }

    /// <summary>B3 at this size: every 旗区's weekly reminder, queued at once and sent by each 旗区's TaskBot side by side.</summary>
    private static async Task<IEnumerable<Figure>> FanOutAsync(IReadOnlyList<County> counties, HttpClient http, ConnectorPeer peer)
    {
        var queued = 0;
        foreach (var county in counties)
            queued += (await county.Server.WithScopeAsync(sp => sp.GetRequiredService<ReminderRun>()
                .RunAsync(ReminderJob.Weekly, now: true, dryRun: false, CancellationToken.None))).Queued;
        var requests = new List<(string Url, string Body)>();
        foreach (var county in counties) requests.AddRange(await FanOut.RequestsAsync(county.Server));
        var inFlight = counties[0].Server.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.Concurrency;
        var floorSeconds = await FanOut.PostAllAsync(http, requests, inFlight * counties.Count);

        var before = peer.Calls.Count;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(counties.Select(c => FanOut.DrainAsync(c.Server, ratePerSecond: 0)));
        var seconds = clock.Elapsed.TotalSeconds;
        if (peer.Calls.Count - before != queued) throw new InvalidOperationException($"{peer.Calls.Count - before} of {queued} reached the peer");
        var (rate, floorRate) = (queued / seconds, queued / floorSeconds);
        return
        [
            new("P.B3.rate", $"weekly reminder to {queued} people, {counties.Count} outboxes side by side", rate, "msg/s", "≥ 0.5 × floor",
                rate >= 0.5 * floorRate, floorRate, $"plain HTTP loop, same messages, {inFlight * counties.Count} at a time",
                $"{seconds:F1} s in all"),
        ];
    }
}
