using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// B2 with 1, 2 and 3 TaskBot processes (`dotnet TaskBot.dll`) on one 旗区's database, a round-robin client sending
/// each turn of a conversation to the next instance: what one more instance buys on this machine.
/// </summary>
public static class Instances
{
    private static readonly int[] InFlight = [4, 16, 64];

    public static async Task<IEnumerable<Figure>> RunAsync(County county, HttpClient http, ConnectorPeer peer, TimeSpan duration)
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
                var levels = await ReportingTurns.LevelsAsync(conversations, InFlight, duration);
                one ??= levels;
                figures.Add(new($"P.B2.x{n}", $"turns/s on one 旗区, {n} instance{(n > 1 ? "s" : "")}, p99 ≤ 50 ms", levels.Best, "turns/s", "—", null,
                    n > 1 ? one.Best : null, n > 1 ? "1 instance" : null, levels.Detail));
                figures.Add(new($"P.B2.x{n}.peak", $"turns/s on one 旗区, {n} instance{(n > 1 ? "s" : "")}, any p99", levels.Peak, "turns/s", "—", null,
                    n > 1 ? one.Peak : null, n > 1 ? "1 instance" : null));
            }
            finally
            {
                foreach (var server in servers) await server.DisposeAsync();
            }
        }
        return figures;
    }
}
