// TaskBot's benchmarks: each figure next to a floor measured in the same run on this machine.
//   dotnet run -c Release --project tests/TaskBot.Benchmarks -- [--out bench-results.json] [--quick] [--only B4]
// B3: --uncapped leaves out the capped run (200 s); --rounds N measures the drain and its floor N times (medians; 5,
// or 1 with --quick).
// --only profile breaks a reporting turn's time down (TurnProfile).
// --only B5 runs the imports of the 10,000-task table alone (B4 reads the plan they leave).
// --province (or --only province) runs the 10-旗区 league instead (README "The province"); it is not part of the rest.
using System.Globalization;
using System.Text.Json;
using TaskBot.Benchmarks;
using TaskBot.Tests.Infrastructure;

var quick = args.Contains("--quick");
var outIndex = Array.IndexOf(args, "--out");
var output = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "bench-results.json";
var onlyIndex = Array.IndexOf(args, "--only");
var only = onlyIndex >= 0 && onlyIndex + 1 < args.Length ? args[onlyIndex + 1] : null;
if (args.Contains("--province")) only = "province";
var roundsIndex = Array.IndexOf(args, "--rounds");
var rounds = roundsIndex >= 0 && roundsIndex + 1 < args.Length ? int.Parse(args[roundsIndex + 1], CultureInfo.InvariantCulture) : quick ? 1 : 5;
var loadBefore = File.ReadAllText("/proc/loadavg").Trim();

var postgres = new PostgresCluster(durable: true);
await postgres.StartAsync();
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
var figures = new List<Figure>();
try
{
    await Step("B1/B2 reporting turns", () => ReportingTurns.RunAsync(postgres, http, quick));
    await Step("B3 reminder fan-out", () => FanOut.RunAsync(postgres, http, quick ? 2_000 : 10_000,
        args.Contains("--uncapped") ? 0 : quick ? 500 : 10_000, rounds));
    await Step("B4/B5 plan of 10,000 tasks", () => PlanScale.RunAsync(postgres, quick, importOnly: only == "B5"));
    await Step("memory", () => Memory.RunAsync(postgres, http, quick ? 2_000 : 10_000));
    await Step("turn profile: where a reporting turn's time goes", () => TurnProfile.RunAsync(postgres, http, quick), optIn: true);
    await Step("province: 10 旗区 on one PostgreSQL", () => Province.RunAsync(postgres, http, quick), optIn: true);
}
finally
{
    await postgres.StopAsync();
}

Print(figures);
var report = new
{
    date = DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
    machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
    quick,
    load = $"{loadBefore} before, {File.ReadAllText("/proc/loadavg").Trim()} after (/proc/loadavg)",
    figures = figures.Select(f => new { f.Id, f.Name, f.Value, f.Unit, f.Floor, f.FloorName, f.Ratio, f.Target, f.Met, f.Note }),
};
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(report,
    new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
Console.WriteLine($"\nwritten to {Path.GetFullPath(output)}");
return figures.Any(f => f.Met == false) ? 1 : 0;

// An opt-in step runs only when --only names it.
async Task Step(string name, Func<Task<IReadOnlyList<Figure>>> run, bool optIn = false)
{
    if (only is null ? optIn : !name.Contains(only, StringComparison.OrdinalIgnoreCase)) return;
    Console.Error.WriteLine($"… {name}");
    var started = DateTime.UtcNow;
    figures.AddRange(await run());
    Console.Error.WriteLine($"  done in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
}

static void Print(IReadOnlyList<Figure> figures)
{
    static string N(double? v) => v is null ? "" : v.Value.ToString(v.Value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
    Console.WriteLine($"{"id",-16} {"figure",-58} {"value",10} {"unit",-8} {"floor",10} {"ratio",7}  {"target",-16} met");
    foreach (var f in figures)
        Console.WriteLine($"{f.Id,-16} {f.Name,-58} {N(f.Value),10} {f.Unit,-8} {N(f.Floor),10} {N(f.Ratio),7}  "
            + $"{f.Target,-16} {(f.Met is null ? "" : f.Met.Value ? "yes" : "NO")}");
    foreach (var f in figures.Where(f => f.Note is not null || f.FloorName is not null))
        Console.WriteLine(
            $"  {f.Id}: {string.Join("; ", new[] { f.FloorName is null ? null : "floor = " + f.FloorName, f.Note }.Where(s => s is not null))}");
}
