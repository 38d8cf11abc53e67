using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// Everything a test run writes to the temporary folder — SQLite stores, PostgreSQL clusters, exported documents, and
/// what the servers, commands and LibreOffice it starts write — goes in one folder of its own (TMPDIR, inherited by
/// those processes), removed when the run ends. A run that was killed leaves its folder and its PostgreSQL servers;
/// the next run stops and removes them.
/// </summary>
public static class RunFolder
{
    private const string Prefix = "taskbot-run-";

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Before any test writes a file")]
    public static void Enter()
    {
        var tmp = Path.GetTempPath();
        RemoveStale(tmp);
        var folder = Path.Combine(tmp, $"{Prefix}{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("TMPDIR", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveOnExit(folder);
    }

    private static void RemoveStale(string tmp)
    {
        foreach (var folder in Directory.EnumerateDirectories(tmp, Prefix + "*"))
            if (int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var pid) && !IsRunning(pid)) Remove(folder);
        // Left in the temporary folder itself by runs before these folders (a store per test, a cluster per collection).
        var hourAgo = DateTime.UtcNow.AddHours(-1);
        foreach (var folder in Directory.EnumerateDirectories(tmp, "taskbot-test-*")
                     .Concat(Directory.EnumerateDirectories(tmp, "taskbot-pg-*").Where(d => !File.Exists(Path.Combine(d, "postmaster.pid")))))
            if (Directory.GetLastWriteTimeUtc(folder) < hourAgo) TryDelete(folder);
    }

    /// <summary>Stops the PostgreSQL servers of clusters in the folder (the run's shared one), then removes it.</summary>
    private static void Remove(string folder)
    {
        foreach (var cluster in Directory.EnumerateDirectories(folder, "taskbot-pg-*")) StopPostgres(cluster)?.WaitForExit(TimeSpan.FromSeconds(10));
        TryDelete(folder);
    }

    /// <summary>
    /// The test host is killed soon after its last test, before it could remove a cluster's hundreds of databases:
    /// a process of its own does it (an orphan, so killing the host's process tree does not reach it).
    /// </summary>
    private static void RemoveOnExit(string folder)
    {
        foreach (var cluster in Directory.EnumerateDirectories(folder, "taskbot-pg-*")) StopPostgres(cluster)?.Dispose();
        using var remove = Process.Start("setsid", ["sh", "-c", "rm -rf -- \"$0\" || rm -rf -- \"$0\" &", folder]);
        remove.WaitForExit();
    }

    /// <summary>Tells the postmaster of a cluster to stop as `pg_ctl -m immediate stop` does (SIGQUIT); null if none runs.</summary>
    private static Process? StopPostgres(string dataDir)
    {
        try
        {
            var pidFile = Path.Combine(dataDir, "postmaster.pid");
            if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid)) return null;
            // Only a postmaster of this data directory: the pid may have been reused since.
            if (!IsRunning(pid) || !File.ReadAllText($"/proc/{pid}/cmdline").Contains(dataDir, StringComparison.Ordinal)) return null;
            var postmaster = Process.GetProcessById(pid);
            using var kill = Process.Start("kill", ["-QUIT", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
            return postmaster;
        }
        catch (ArgumentException)
        {
            return null; // it stopped meanwhile
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsRunning(int pid) => Directory.Exists($"/proc/{pid}");

    private static void TryDelete(string folder)
    {
        for (var attempt = 0; attempt < 2 && Directory.Exists(folder); attempt++)
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
