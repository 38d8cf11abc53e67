using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// CPU seconds used so far, from /proc: a process's, or a PostgreSQL cluster's (its postmaster, the backends it has
/// reaped, and those alive). Unlike wall-clock rates, CPU per turn holds on a machine others are loading too.
/// </summary>
public static class CpuTime
{
    private const double TicksPerSecond = 100; // USER_HZ, the unit of /proc/[pid]/stat on Linux

    public static double Of(int pid) => Read(pid)?.Own ?? 0;

    /// <summary>NaN for a server not started here (TASKBOT_TEST_POSTGRES): its processes are not ours to read.</summary>
    public static double OfPostgres(PostgresCluster postgres) => postgres.Local is { } local ? OfPostgres(local.DataDir) : double.NaN;

    public static double OfPostgres(string dataDir)
    {
        var postmaster =
            int.Parse(File.ReadLines(Path.Combine(dataDir, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
        var total = Read(postmaster) is { } main ? main.Own + main.Reaped : 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Read(pid) is { } p && p.Parent == postmaster) total += p.Own;
        return total;
    }

    private static (int Parent, double Own, double Reaped)? Read(int pid)
    {
        string stat;
        try { stat = File.ReadAllText($"/proc/{pid}/stat"); }
        catch (IOException) { return null; } // gone meanwhile
        // Fields after the command name, which may hold spaces: state ppid … utime(14) stime(15) cutime(16) cstime(17).
        var f = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        double Ticks(int field) => double.Parse(f[field - 3], System.Globalization.CultureInfo.InvariantCulture) / TicksPerSecond;
        return (int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), Ticks(14) + Ticks(15), Ticks(16) + Ticks(17));
    }
}
