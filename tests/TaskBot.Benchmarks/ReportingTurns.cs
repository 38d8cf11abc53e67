using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using System.Diagnostics;
using System.Text;
using TaskBot.BotFramework.Schema;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>B1 (one reporting turn, unloaded, against one PostgreSQL round trip) and B2 (sustained turns across 1,000 conversations).</summary>
public static class ReportingTurns
{
    private const int WarmUpRounds = 400;

    public static async Task<IReadOnlyList<Figure>> RunAsync(PostgresCluster postgres, HttpClient http, bool quick)
    {
        await using var peer = await ConnectorPeer.StartAsync();
        await using var server = await BenchServer.StartAsync(await postgres.CreateDatabaseAsync(pooling: true));
        var figures = new List<Figure>();
        var chat = (await Reporters.BindAsync(server, http, peer.Url, 1, "b1"))[0];
        figures.AddRange(await SingleTurnAsync("B1", server, http, peer, new Conversation(chat, Reporters.ReportedTask), quick ? 200 : 3000));
        var chats = await Reporters.BindAsync(server, http, peer.Url, quick ? 200 : 1000, "b2");
        // B1 reported the task first: the unit's other reporters report it again. The same conversations go on into
        // the CPU figure, each where it left off.
        List<Conversation> conversations = [.. chats.Select(c => new Conversation([c], [], Reporters.ReportAgain(Reporters.ReportedTask)))];
        var (best, detail) = await SustainedAsync(conversations, TimeSpan.FromSeconds(quick ? 5 : 15));
        figures.Add(new("B2.rate", $"sustained turns/s over {chats.Count} conversations, p99 ≤ 50 ms", best, "turns/s", "≥ 1000", best >= 1000,
            Note: detail));
        figures.Add(await CpuAtLoadAsync(postgres, conversations, TimeSpan.FromSeconds(quick ? 5 : 15)));
        return figures;
    }

    public static async Task<IEnumerable<Figure>> SingleTurnAsync(string id, BenchServer server, HttpClient http, ConnectorPeer peer,
        Conversation conversation, int turns)
    {
        var script = conversation.RoundLength;
        Task Turn(int _) => conversation.NextTurnAsync();
        Task Floor(int _) => http.GetStringAsync(server.Url + "/bench/floor");
        async Task Bare(int _)
        {
            using var content = new StringContent(ActivityJson.Serialize(conversation.Bare()), Encoding.UTF8, "application/json");
            (await http.PostAsync(server.Url + "/bench/bare", content)).EnsureSuccessStatusCode();
        }
        // Both measured warm, as a server that has run a while: the JIT's tiering (tier 0, instrumented, tier 1) takes a
        // few thousand turns to settle (`--only profile`'s passes: p50 4.0, 1.8, 1.3 ms), the floor's path a few thousand GETs.
        await Stats.TimeEachAsync(conversation.FirstLength + script * WarmUpRounds, Turn);
        await Stats.TimeEachAsync(script * WarmUpRounds, Floor);

        var repliesBefore = peer.Calls.Count;
        var reportsBefore = await ReportsAsync(server);
        turns -= turns % script;
        var (turn, floor) = (new List<double>(turns), new List<double>(turns));
        var (commits, trips) = (0L, 0L);
        // Round by round, the turns then as many floor GETs: both see the same machine (GC, checkpoints, others' load).
        for (var round = 0; round < turns / script; round++)
        {
            var (commitsBefore, tripsBefore) = (server.Commits.Commits, server.Commits.RoundTrips);
            turn.AddRange(await Stats.TimeEachAsync(script, Turn));
            (commits, trips) = (commits + server.Commits.Commits - commitsBefore, trips + server.Commits.RoundTrips - tripsBefore);
            floor.AddRange(await Stats.TimeEachAsync(script, Floor));
        }
        var (commitsPerTurn, tripsPerTurn) = ((double)commits / turns, (double)trips / turns);
        if (peer.Calls.Count - repliesBefore < turns) throw new InvalidOperationException("a turn went unanswered");
        // Each round of the script must end in a saved report, or the turns measured are not a report's.
        if (await ReportsAsync(server) - reportsBefore != turns / script)
            throw new InvalidOperationException($"{turns / script} rounds saved {await ReportsAsync(server) - reportsBefore} reports");
        // After B1's rounds, not within them, so that B1's figures are measured as before; alternating with the floor too.
        await Stats.TimeEachAsync(script * WarmUpRounds, Bare);
        var (bare, bareFloor) = (new List<double>(turns), new List<double>(turns));
        for (var round = 0; round < turns / script; round++)
        {
            bare.AddRange(await Stats.TimeEachAsync(script, Bare));
            bareFloor.AddRange(await Stats.TimeEachAsync(script, Floor));
        }

        var (p50, p99, f50, f99) = (Stats.Quantile(turn, 0.5), Stats.Quantile(turn, 0.99), Stats.Quantile(floor, 0.5), Stats.Quantile(floor, 0.99));
        const string floorName = "GET with one PostgreSQL round trip, same server";
        return
        [
            new($"{id}.p50", "reporting turn p50", p50, "ms", "≤ 1.5 × floor", p50 <= 1.5 * f50, f50, floorName,
                $"{turns} turns of the report dialog (reported again: start, 重新填写, six answers, 是) "
                + $"after {conversation.FirstLength + script * WarmUpRounds} unmeasured (floor {script * WarmUpRounds}), "
                + "alternating with the floor round by round, replies posted to a local Connector peer"),
            new($"{id}.p99", "reporting turn p99", p99, "ms", "≤ 3 × floor", p99 <= 3 * f99, f99, floorName),
            new($"{id}.bare", "bare turn p50 (no target)", Stats.Quantile(bare, 0.5), "ms", "—", null, Stats.Quantile(bareFloor, 0.5), floorName,
                "what every turn must do and nothing else: POST body read, one PostgreSQL round trip, one reply posted to the peer; "
                + $"{turns} after B1's rounds, alternating with the floor; B1's p50 is {p50 / Stats.Quantile(bare, 0.5):F2} × it"),
            At(id, "start", "the turn that starts the report (汇报 7) p50", turn, script, 0),
            At(id, "confirm", "the confirmation turn (是: the report saved) p50", turn, script, script - 1),
            new($"{id}.commits", "commits per turn", commitsPerTurn, "commits", "1", commitsPerTurn <= 1.0001),
            new($"{id}.trips", "database round trips per turn (commands and commits)", tripsPerTurn, "trips", "—", null,
                Note: "a report again: start, 重新填写, six answers, confirmation"),
        ];
    }

    // The two turns of a round that read the plan's progress: the p99 is theirs (two in nine turns).
    private static Figure At(string id, string name, string what, List<double> turns, int script, int position)
    {
        var at = turns.Where((_, i) => i % script == position).ToList();
        return new($"{id}.{name}", what, Stats.Quantile(at, 0.5), "ms", "—", null,
            Note: $"p90 {Stats.Quantile(at, 0.9):F2} ms, p99 {Stats.Quantile(at, 0.99):F2} ms over {at.Count}");
    }

    private static Task<int> ReportsAsync(BenchServer server) => server.WithScopeAsync(sp =>
        sp.GetRequiredService<TaskBotDbContext>().Set<Domain.Reports.ProgressReport>().CountAsync());

    /// <summary>
    /// CPU a turn at 16 in flight, TaskBot and its client with PostgreSQL: the machine's cores over it bound B2 on an
    /// idle machine, and unlike the rate it holds when others load the machine (idle spinning is counted too).
    /// </summary>
    private static async Task<Figure> CpuAtLoadAsync(PostgresCluster postgres, IReadOnlyList<Conversation> conversations, TimeSpan duration)
    {
        var (cpu, pg) = (CpuTime.Of(Environment.ProcessId), CpuTime.OfPostgres(postgres));
        var (_, _, turns) = await LoadAsync(conversations, 16, duration);
        var (own, db) = ((CpuTime.Of(Environment.ProcessId) - cpu) * 1000 / turns, (CpuTime.OfPostgres(postgres) - pg) * 1000 / turns);
        var bound = Environment.ProcessorCount * 1000 / (own + db);
        return new("B2.cpu", "CPU a turn at 16 in flight (TaskBot and client + PostgreSQL)", own + db, "ms", "—", null,
            Note: $"TaskBot and client {own:F2} ms, PostgreSQL {db:F2} ms; {Environment.ProcessorCount} cores ÷ it = {bound:F0} turns/s");
    }

    /// <summary>Steps the load up until p99 passes 50 ms; the best rate with p99 within it, and every level tried.</summary>
    public static async Task<(double Best, string Detail)> SustainedAsync(IReadOnlyList<Conversation> conversations, TimeSpan duration)
    {
        var levels = await LevelsAsync(conversations, [4, 8, 16, 32, 64], duration, stopPastMs: 50);
        return (levels.Best, levels.Detail);
    }

    /// <summary>The load at each number in flight (stopping after the first whose p99 passes <paramref name="stopPastMs"/>).</summary>
    public static async Task<Levels> LevelsAsync(IReadOnlyList<Conversation> conversations, int[] inFlight, TimeSpan duration,
        double stopPastMs = double.MaxValue)
    {
        var levels = new List<(int Workers, double Rate, double P99, int Turns)>();
        foreach (var workers in inFlight)
        {
            var (rate, p99, turns) = await LoadAsync(conversations, workers, duration);
            levels.Add((workers, rate, p99, turns));
            if (p99 > stopPastMs) break;
        }
        return new Levels(levels);
    }

    private static async Task<(double Rate, double P99, int Turns)> LoadAsync(IReadOnlyList<Conversation> conversations, int workers,
        TimeSpan duration)
    {
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            // Each worker owns its own conversations, so no conversation ever has two turns at once.
            var mine = Enumerable.Range(0, conversations.Count).Where(i => i % workers == w).ToArray();
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var start = Stopwatch.GetTimestamp();
                await conversations[mine[n % mine.Length]].NextTurnAsync();
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        return (latencies.Count / clock.Elapsed.TotalSeconds, Stats.Quantile([.. latencies], 0.99), latencies.Count);
    }
}
