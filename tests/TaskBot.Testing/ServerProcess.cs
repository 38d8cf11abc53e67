using System.Diagnostics;
using System.Net;
using System.Text;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// TaskBot as its own process (`dotnet TaskBot.dll`), configured through environment variables from settings,
/// so that a test can kill it the way an operating system would (SIGKILL) and start it again.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServerProcess(Process process, string url) => (_process, Url) = (process, url);

    /// <summary>
    /// For a server a test starts, kills and starts again, living seconds: its methods stay as first compiled, with no
    /// recompiling of the busy ones on a background thread (measured: a third of a start's CPU over its first 15 s).
    /// Not for benchmarks, nor for a server under a long load.
    /// </summary>
    public static readonly (string Key, string Value) ShortLived = ("DOTNET_TC_CallCounting", "0");

    public string Url { get; }

    /// <summary>What the server wrote, for a failing test's message.</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The resident set (VmRSS) of the server process, in bytes.</summary>
    public long ResidentBytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    public static async Task<ServerProcess> StartAsync(IEnumerable<KeyValuePair<string, string?>> baseSettings,
        params (string Key, string Value)[] settings)
    {
        var url = $"http://127.0.0.1:{LoopbackPort.Free()}";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TaskBot.dll"));
        foreach (var (key, value) in baseSettings.Select(s => (s.Key, s.Value ?? "")).Concat(settings))
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["ASPNETCORE_URLS"] = url;
        var server = new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), url);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var http = new HttpClient();
        await Poll.UntilAsync(async () =>
        {
            if (server._process.HasExited) throw new InvalidOperationException($"TaskBot exited with {server._process.ExitCode}:\n{server.Log}");
            try { return (await http.GetAsync(url + "/healthz")).StatusCode == HttpStatusCode.OK; }
            catch (HttpRequestException) { return false; }
        // Generous: on a loaded machine, with other collections running beside, a cold start can take a minute.
        }, TimeSpan.FromMinutes(2), "TaskBot to answer /healthz");
        return server;
    }

    /// <summary>SIGKILL: no shutdown, no flushing, whatever was in flight stays in flight.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }
}
