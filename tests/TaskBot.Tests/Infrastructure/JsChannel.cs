using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// The official JavaScript SDK serving the Connector API (tests/TaskBot.Tests/Conformance/channel.js) on 127.0.0.1,
/// as an independent implementation of the channel side. Its packages are installed by scripts/test.sh.
/// </summary>
public sealed class JsChannel : IAsyncDisposable
{
    private readonly Process _node;
    private readonly HttpClient _http = new();

    private JsChannel(Process node, int port)
    {
        _node = node;
        Url = $"http://127.0.0.1:{port}/";
    }

    public string Url { get; }

    public static async Task<JsChannel> StartAsync()
    {
        var dir = Path.Combine(Domain.Tests.RepoFiles.Root, "tests", "TaskBot.Tests", "Conformance");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "botbuilder")))
            throw new InvalidOperationException($"npm packages missing in {dir}: run scripts/test.sh (it runs npm ci there)");
        var start =
            new ProcessStartInfo("node", "channel.js") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardInput = true };
        var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await node.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("channel.js exited before listening");
        return new JsChannel(node, int.Parse(line["listening ".Length..]));
    }

    public async Task<JsonArray> ReceivedAsync() => (await _http.GetFromJsonAsync<JsonArray>(Url + "received"))!;

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        _node.StandardInput.Close();
        if (!_node.WaitForExit(5000)) _node.Kill(entireProcessTree: true);
        await _node.WaitForExitAsync();
        _node.Dispose();
    }
}
