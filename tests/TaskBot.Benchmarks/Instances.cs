using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// B2 with 1, 2 and 3 TaskBot processes (`dotnet TaskBot.dll`) on one 旗区's database, a round-robin client sending
/// each turn of a conversation to the next instance: what one more instance buys on this machine, and the CPU a turn
/// costs in TaskBot and in PostgreSQL, which says what it would buy on more cores.
/// </summary>
public static class Instances
{
    /// <summary>Turns in flight at each level: all three run, so a loaded machine still shows a peak.</summary>
    public static readonly int[] InFlight = [4, 16, 64];

    public static async Task<IEnumerable<Figure>> RunAsync(County county, PostgresCluster postgres, HttpClient http, ConnectorPeer peer,
        TimeSpan duration)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TaskBot"] = county.ConnectionString,
            ["Seeds:ImportDemoOnEmptyDatabase"] = "false",
            ["Scheduler:Enabled"] = "false",
            ["Outbox:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var figures = new List<Figure>();
        Levels? one = null;
        for (var n = 1; n <= 3; n++)
        {
            var servers = new List<ServerProcess>();
            try
            {
                for (var i = 0; i < n; i++) servers.Add(await ServerProcess.StartAsync(settings));
                // Conversations of their own for each run (a unit's n-th reporter), so none starts mid-dialog.
                var conversations = county.Conversations(http, peer.Url, [.. servers.Select(s => s.Url)], n * County.Units, County.Units);
                Console.Error.WriteLine($"  {n} instance(s): warming up");
                await ReportingTurns.LevelsAsync(conversations, [16], duration); // new processes: JIT and pools, not measured
                var cpu = Cpu(servers, postgres);
                var retried = conversations.Sum(c => c.Retries);
                var levels = await ReportingTurns.LevelsAsync(conversations, InFlight, duration);
                var (taskBot, database) = Cpu(servers, postgres);
                retried = conversations.Sum(c => c.Retries) - retried;
                if (retried > 0) Console.Error.WriteLine(Errors(servers));
                one ??= levels;
                var name = $"turns/s on one 旗区, {n} instance{(n > 1 ? "s" : "")}";
                var (floor, floorName) = n > 1 ? (one.Best, "1 instance") : ((double?)null, (string?)null);
                figures.Add(new($"P.B2.x{n}", $"{name}, p99 ≤ 50 ms", levels.Best, "turns/s", "—", null, floor, floorName,
                    $"{levels.Detail}; {retried} deliveries answered 5xx and sent again"));
                figures.Add(new($"P.B2.x{n}.peak", $"{name}, any p99", levels.Peak, "turns/s", "—", null, n > 1 ? one.Peak : null, floorName));
                var (app, db) = (1000 * (taskBot - cpu.TaskBot) / levels.Turns, 1000 * (database - cpu.Postgres) / levels.Turns);
                figures.Add(new($"P.B2.x{n}.cpu", $"CPU a turn, {n} instance{(n > 1 ? "s" : "")}: TaskBot + PostgreSQL", app + db, "ms", "—", null,
                    Note: $"TaskBot {app:F2} ms, PostgreSQL {db:F2} ms (all its processes, this cluster) over {levels.Turns} turns"));
            }
            finally
            {
                foreach (var server in servers) await server.DisposeAsync();
            }
        }
        return figures;
    }

    // What the instances logged of their failures, so a 5xx under load says what it was.
    private static string Errors(IEnumerable<ServerProcess> servers) => string.Join('\n', servers
        .SelectMany(s =>
            s.Log.Split('\n').Where(l => l.Contains("fail:", StringComparison.Ordinal) || l.Contains("Exception", StringComparison.Ordinal)))
        .Distinct().Take(20));

    private static (double TaskBot, double Postgres) Cpu(IEnumerable<ServerProcess> servers, PostgresCluster postgres) =>
        (servers.Sum(s => CpuTime.Of(s.ProcessId)), CpuTime.OfPostgres(postgres));
}
