using Npgsql;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL: the server named by TASKBOT_TEST_POSTGRES when set, otherwise a private cluster started here
/// from the machine's PostgreSQL binaries (as the postgres user when running as root, since PostgreSQL refuses to
/// run as root) and removed afterwards. Each user gets a database of its own.
/// </summary>
/// <param name="durable">Keep PostgreSQL's default fsync and synchronous commit (benchmarks); tests turn them off.</param>
public sealed class PostgresCluster(bool durable = false)
{
    private string? _dataDir;
    private string? _bin;
    private string? _options;
    private string _adminConnectionString = Environment.GetEnvironmentVariable("TASKBOT_TEST_POSTGRES") ?? "";

    public string AdminConnectionString => _adminConnectionString;

    /// <summary>The data directory and binaries of a cluster started here (null for an external server).</summary>
    public (string DataDir, string Bin)? Local => _dataDir is null ? null : (_dataDir, _bin!);

    public async Task StartAsync()
    {
        if (_adminConnectionString.Length > 0) return;
        _bin = FindBinaries();
        _dataDir = Path.Combine(Path.GetTempPath(), $"taskbot-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_dataDir);
        if (IsRoot) await ProcessRunner.RunAsync("chown", "postgres:postgres", _dataDir);
        // --no-sync: what initdb writes needs no flush to disk of its own, even for a durable cluster, whose server
        // syncs what it writes from then on.
        await AsPostgres("initdb", "-D", _dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        var port = LoopbackPort.Free();
        var speed = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        _options = $"-p {port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c max_connections=200{speed}";
        await StartServerAsync();
        _adminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
    }

    /// <summary>Stops the server of a cluster started here, the way an operator would: "fast" (clients told, work
    /// rolled back) or "immediate" (no shutdown at all, recovery from the log on start).</summary>
    public Task StopServerAsync(string mode) => AsPostgres("pg_ctl", "-D", _dataDir!, "-m", mode, "-w", "stop");

    /// <summary>Starts the server of a cluster started here again, on the same port, and waits until it accepts connections.</summary>
    public Task StartServerAsync() =>
        AsPostgres("pg_ctl", "-D", _dataDir!, "-l", Path.Combine(_dataDir!, "server.log"), "-w", "-o", _options!, "start");

    /// <param name="pooling">Connections pooled, as in production (the tests pool with a short idle lifetime).</param>
    /// <param name="template">A database to copy (nobody may be connected to it), instead of an empty one.</param>
    public async Task<string> CreateDatabaseAsync(bool pooling = false, string? template = null)
    {
        var name = $"taskbot_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        var copy = template is null ? "" : $" TEMPLATE \"{template}\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copy}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = pooling }.ConnectionString;
    }

    public async Task StopAsync()
    {
        if (_dataDir is null) return;
        await AsPostgres("pg_ctl", "-D", _dataDir, "-m", "immediate", "stop");
        Directory.Delete(_dataDir, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    public Task<string> AsPostgres(string tool, params string[] args) =>
        IsRoot
            ? ProcessRunner.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin!, tool), .. args])
            : ProcessRunner.RunAsync(Path.Combine(_bin!, tool), args);

    private static string FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderByDescending(b => b, StringComparer.Ordinal).FirstOrDefault()
              ?? throw new InvalidOperationException("PostgreSQL's initdb was not found; run scripts/test.sh, which installs it")
            : throw new InvalidOperationException("PostgreSQL is not installed; "
                + "run scripts/test.sh, which installs it, or set TASKBOT_TEST_POSTGRES");
}
