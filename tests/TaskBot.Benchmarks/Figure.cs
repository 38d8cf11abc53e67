namespace TaskBot.Benchmarks;

/// <summary>One measured figure, next to the floor measured in the same run, and whether it meets its target.</summary>
public sealed record Figure(string Id, string Name, double Value, string Unit, string Target, bool? Met, double? Floor = null,
    string? FloorName = null, string? Note = null)
{
    public double? Ratio => Floor is > 0 ? Value / Floor : null;
}

public static class Stats
{
    /// <summary>The q-quantile (0..1) of the samples, nearest rank.</summary>
    public static double Quantile(IReadOnlyList<double> samples, double q)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static async Task<List<double>> TimeEachAsync(int count, Func<int, Task> action)
    {
        var samples = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            await action(i);
            samples.Add(System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return samples;
    }
}
