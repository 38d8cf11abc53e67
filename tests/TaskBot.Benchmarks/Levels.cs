namespace TaskBot.Benchmarks;

/// <summary>Rates and p99 at each number of turns in flight.</summary>
public sealed record Levels(IReadOnlyList<(int Workers, double Rate, double P99, int Turns)> All)
{
    /// <summary>The best rate with p99 within 50 ms (0 when none was).</summary>
    public double Best => All.Where(l => l.P99 <= 50).Select(l => l.Rate).DefaultIfEmpty(0).Max();

    public double Peak => All.Max(l => l.Rate);

    public int Turns => All.Sum(l => l.Turns);

    public string Detail => string.Join("; ", All.Select(l => $"{l.Workers} in flight: {l.Rate:F0}/s p99 {l.P99:F1} ms"));
}
