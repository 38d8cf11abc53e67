using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>The server process's resident memory at rest, and after 10,000 conversations have each had a turn.</summary>
public static class Memory
{
    public static async Task<IReadOnlyList<Figure>> RunAsync(PostgresCluster postgres, HttpClient http, int conversations)
    {
        await using var peer = await ConnectorPeer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TaskBot"] = await postgres.CreateDatabaseAsync(pooling: true),
            ["Scheduler:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        await using var server = await ServerProcess.StartAsync(settings);
        var chat = new ChannelChat(http, server.Url, peer.Url, "memory-warm-up");
        await chat.SayAsync("帮助");
        var atRest = server.ResidentBytes();
        await Parallel.ForEachAsync(Enumerable.Range(0, conversations), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, ct) => await new ChannelChat(http, server.Url, peer.Url, $"memory-{i}").SayAsync("你好", ct));
        var loaded = server.ResidentBytes();
        const double MiB = 1024 * 1024;
        return
        [
            new("M.rest", "server working set at rest", atRest / MiB, "MiB", "—", null,
                Note: "VmRSS of `dotnet TaskBot.dll` after start-up and one turn"),
            new("M.conversations", $"server working set after {conversations} conversations", loaded / MiB, "MiB", "—", null, atRest / MiB,
                "at rest"),
        ];
    }
}
