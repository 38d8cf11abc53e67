using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using Xunit.Abstractions;
using TaskBot.Domain.Tests;
using TaskBot.Reminders;
using TaskBot.Scheduling;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Reliability;

/// <summary>
/// TaskBot (a real process, Hangfire on PostgreSQL) under a steady load of unit heads reporting while its PostgreSQL
/// is stopped and started again, first "fast" and then "immediate": turns fail at once while the database is away,
/// TaskBot recovers by itself, and every report the bot confirmed is in the database.
/// </summary>
[Collection(TestCollections.PostgresRestart)]
public class PostgresRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Reporters = 6;
    private static readonly TimeSpan FailFast = TimeSpan.FromSeconds(5);
    private readonly PostgresCluster _cluster = new(durable: true); // fsync on: a confirmed report must survive "immediate"
    private readonly ConcurrentBag<string> _confirmed = [];
    private readonly ConcurrentBag<(DateTimeOffset At, TimeSpan Took, string Outcome)> _failures = [];
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private ConnectorPeer _peer = null!;
    private TestStore _store = null!;
    private ServerProcess _server = null!;

    public async Task InitializeAsync()
    {
        await _cluster.StartAsync();
        _peer = await ConnectorPeer.StartAsync();
        _store = TestStore.ForPostgres(await _cluster.CreateDatabaseAsync(pooling: true))
            .With("Scheduler:Enabled", "true").With("Outbox:Enabled", "true");
        Assert.Equal(0, (await Shell.RunAsync(_store, "import", RepoFiles.Seed("000_bd77716a55a06823.txt"), "--year", "2025")).ExitCode);
        _server = await ServerProcess.StartAsync(_store.Settings);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _peer.DisposeAsync();
        _http.Dispose();
        await _cluster.StopAsync();
    }

    [Fact]
    public async Task Restarting_PostgreSQL_under_load_fails_turns_fast_recovers_without_restarting_TaskBot_and_loses_no_confirmed_report()
    {
        // One after another: six first turns at once on a cold server (JIT) of a busy machine can outlast the channel's
        // timeout, and binding is not what this test is about.
        var chats = new List<ChannelChat>();
        for (var reporter = 1; reporter <= Reporters; reporter++) chats.Add(await BindAsync(reporter));
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(chats.Select((chat, i) => Task.Run(() => ReportUntilStoppedAsync(chat, i + 1, stop.Token))));
        await ConfirmedAtLeastAsync(Reporters, "the load to get going");

        foreach (var mode in new[] { "fast", "immediate" })
        {
            var down = DateTimeOffset.UtcNow;
            await _cluster.StopServerAsync(mode);
            await Poll.UntilAsync(() => Task.FromResult(_failures.Count(f => f.At >= down) >= 2 * Reporters), TimeSpan.FromMinutes(1),
                $"turns to fail while PostgreSQL is stopped ({mode})");
            var stopped = DateTimeOffset.UtcNow - down;
            await _cluster.StartServerAsync();
            var up = DateTimeOffset.UtcNow;
            await ConfirmedAtLeastAsync(_confirmed.Count + Reporters, $"reports to be confirmed again after the {mode} restart");
            var during = _failures.Where(f => f.At >= down).ToList();
            output.WriteLine($"{mode}: down {stopped.TotalSeconds:0.0} s, {during.Count} failed deliveries "
                + $"(slowest {during.Max(f => f.Took).TotalMilliseconds:0} ms), "
                + $"{Reporters} more reports confirmed {(DateTimeOffset.UtcNow - up).TotalSeconds:0.0} s after the start");
        }
        await stop.CancelAsync();
        await load;

        Assert.False(_server.HasExited, "TaskBot kept running through both restarts");
        Assert.All(_failures, f => Assert.True(f.Took < FailFast, $"a turn failed after {f.Took.TotalSeconds:0.0} s ({f.Outcome})"));
        Assert.All(_failures, f => Assert.StartsWith("5", f.Outcome)); // a server error the channel retries, never a 4xx
        // The office's commands below run in this process (a real one is a fresh process): its connection pools still
        // hold connections PostgreSQL closed when it stopped.
        NpgsqlConnection.ClearAllPools();
        var stored = await StoredProgressAsync();
        Assert.All(_confirmed, progress => Assert.Contains(progress, stored));
        await HangfireRunsAJobAsync();
    }

    private async Task<ChannelChat> BindAsync(int reporter)
    {
        var chat = new ChannelChat(_http, _server.Url, _peer.Url, $"restart-{reporter}");
        await chat.SayAsync("绑定 " + await Shell.InviteAsync(_store, "--unit", "旗农牧局"));
        return chat;
    }

    /// <summary>Reports on task 11 again and again, each with progress text of its own; a report counts as confirmed when
    /// the bot answered the final 是 with 200 and 已提交.</summary>
    private async Task ReportUntilStoppedAsync(ChannelChat chat, int reporter, CancellationToken stop)
    {
        for (var round = 1; !stop.IsCancellationRequested; round++)
        {
            var progress = $"第{reporter}人第{round}次完成土地平整";
            string[] answers = ["取消", $"汇报11：正常推进，{progress}，完成约30%，问题：无，下步：加快推进，协调：无", "是"];
            BotFramework.Schema.Activity? last = null;
            foreach (var answer in answers)
            {
                last = chat.Message(answer);
                if (!await DeliverUntilAcceptedAsync(chat, last, stop)) return;
            }
            if (_peer.RepliesTo(last!.Id!).Any(r => r.Activity!.Text?.Contains("已提交第11项", StringComparison.Ordinal) == true))
                _confirmed.Add(progress);
        }
    }

    /// <summary>What a channel does: delivers the same activity again until the bot accepts it.</summary>
    private async Task<bool> DeliverUntilAcceptedAsync(ChannelChat chat, BotFramework.Schema.Activity activity, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                var status = await chat.DeliverAsync(activity, stop);
                if ((int)status is >= 200 and < 300) return true;
                outcome = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (HttpRequestException e) { outcome = "no answer: " + e.Message; }
            catch (TaskCanceledException) when (!stop.IsCancellationRequested) { outcome = "timed out"; }
            catch (OperationCanceledException) { return false; }
            _failures.Add((DateTimeOffset.UtcNow, clock.Elapsed, outcome));
            try { await Task.Delay(TimeSpan.FromMilliseconds(200), stop); } // the channel's back-off before it retries
            catch (OperationCanceledException) { return false; }
        }
        return false;
    }

    // The test's own connections are not pooled: a pooled one from before a restart would be dead.
    private string TestConnectionString =>
        new NpgsqlConnectionStringBuilder(_store.Settings["ConnectionStrings:TaskBot"]) { Pooling = false }.ConnectionString;

    private Task ConfirmedAtLeastAsync(int count, string what) =>
        Poll.UntilAsync(() => Task.FromResult(_confirmed.Count >= count), TimeSpan.FromMinutes(1), what);

    private async Task<HashSet<string>> StoredProgressAsync()
    {
        await using var connection = new NpgsqlConnection(TestConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Progress" FROM "ProgressReport" """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        return stored;
    }

    /// <summary>The office runs the escalation check now from the dashboard, signed in by the link the bot gives in the
    /// chat; TaskBot's Hangfire must pick the job up and finish it.</summary>
    private async Task HangfireRunsAJobAsync()
    {
        var office = new ChannelChat(_http, _server.Url, _peer.Url, "restart-office");
        await office.SayAsync("绑定 " + await Shell.InviteAsync(_store, "--office"));
        var ask = office.Message("调度后台");
        Assert.Equal(HttpStatusCode.OK, await office.DeliverAsync(ask));
        var link = new Uri(Regex.Match(Assert.Single(_peer.RepliesTo(ask.Id!)).Activity!.Text!, @"https?://\S+").Value);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(_server.Url + link.PathAndQuery)).StatusCode);
        var trigger = new FormUrlEncodedContent([new("jobs[]", RecurringReminders.NowId(ReminderJob.Escalation))]);
        // The dashboard's page posts from its own origin, as a browser says in Origin.
        using var post = new HttpRequestMessage(HttpMethod.Post, _server.Url + "/hangfire/recurring/trigger") { Content = trigger };
        post.Headers.Add("Origin", _server.Url);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(post)).StatusCode);

        await Poll.UntilAsync(async () =>
        {
            await using var connection = new NpgsqlConnection(TestConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded' AND invocationdata::text LIKE '%NowAsync%'", connection);
            return (long)(await command.ExecuteScalarAsync())! > 0;
        }, TimeSpan.FromMinutes(1), "TaskBot's Hangfire to run the office's job after the restarts");
    }
}
