using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// Where a reporting turn's time goes (opt-in: --only profile): B1's turns one at a time, each split into database
/// commands, the commit, replies posted to the Connector and the rest (TaskBot's own work: HTTP, JSON, middleware,
/// dialogs, EF), with the CPU a turn costs in this process (TaskBot and its client) and in PostgreSQL.
/// </summary>
public static class TurnProfile
{
    /// <summary>
    /// One after the other in the same run: P0 as before 2026-12-03's turn work (no prepared statements, every turn
    /// waits for the disk), P1 with prepared statements, P as configured (dialog steps also not waiting for the disk).
    /// </summary>
    public static async Task<IReadOnlyList<Figure>> RunAsync(PostgresCluster postgres, HttpClient http, bool quick) =>
    [
        .. await RunAsync("P0", postgres, http, quick, ("Storage:AutoPrepare", "0"), ("Storage:AsynchronousDialogSteps", "false")),
        .. await RunAsync("P1", postgres, http, quick, ("Storage:AsynchronousDialogSteps", "false")),
        .. await RunAsync("P", postgres, http, quick),
    ];

    private static async Task<IReadOnlyList<Figure>> RunAsync(string id, PostgresCluster postgres, HttpClient http, bool quick,
        params (string Key, string? Value)[] settings)
    {
        await using var peer = await ConnectorPeer.StartAsync();
        await using var server = await BenchServer.StartAsync(await postgres.CreateDatabaseAsync(pooling: true), settings);
        var chat = (await Reporters.BindAsync(server, http, peer.Url, 1, "profile"))[0];
        var conversation = new Conversation(chat, Reporters.ReportedTask);
        var script = conversation.RoundLength;
        await Stats.TimeEachAsync(conversation.FirstLength + script * 50, _ => conversation.NextTurnAsync());
        var floor = await Stats.TimeEachAsync(500, _ => http.GetStringAsync(server.Url + "/bench/floor"));

        var turns = script * (quick ? 50 : 250);
        server.Timings.Start(peer.Url);
        var (cpu, pg) = (CpuTime.Of(Environment.ProcessId), CpuTime.OfPostgres(postgres));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var steps = new StepSplit(script);
        var latency = await Stats.TimeEachAsync(turns, i => steps.TimeAsync(i % script, server.Timings, conversation.NextTurnAsync));
        var allocatedPerTurn = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / turns;
        var (cpuPerTurn, pgPerTurn) = ((CpuTime.Of(Environment.ProcessId) - cpu) * 1000 / turns, (CpuTime.OfPostgres(postgres) - pg) * 1000 / turns);

        var (commands, commits, replies) = (server.Timings.Commands, server.Timings.Commits, server.Timings.Replies);
        double PerTurn(TimeSpan t) => t.TotalMilliseconds / turns;
        var mean = latency.Average();
        var rest = mean - PerTurn(commands.Time) - PerTurn(commits.Time) - PerTurn(replies.Time);
        var f50 = Stats.Quantile(floor, 0.5);
        string Each(long count, TimeSpan time) =>
            $"{(double)count / turns:F2} a turn, {(count == 0 ? 0 : time.TotalMilliseconds / count):F2} ms each";
        return
        [
            new($"{id}.turn", "reporting turn, mean (p50)", mean, "ms", "—", null, f50, "GET with one PostgreSQL round trip, p50",
                $"p50 {Stats.Quantile(latency, 0.5):F2} ms; {turns} turns of the report dialog, one at a time"),
            new($"{id}.commands", "database commands (EF's duration)", PerTurn(commands.Time), "ms", "—", null,
                Note: Each(commands.Count, commands.Time)),
            new($"{id}.commit", "commit (WAL flush)", PerTurn(commits.Time), "ms", "—", null, Note: Each(commits.Count, commits.Time)),
            new($"{id}.replies", "replies posted to the Connector peer", PerTurn(replies.Time), "ms", "—", null,
                Note: Each(replies.Count, replies.Time)),
            new($"{id}.rest", "the rest: HTTP in/out, JSON, middleware, dialogs, EF", rest, "ms", "—", null),
            new($"{id}.cpu", "CPU a turn, this process (TaskBot and its client)", cpuPerTurn, "ms", "—", null),
            new($"{id}.pgcpu", "CPU a turn, PostgreSQL", pgPerTurn, "ms", "—", null),
            // Unlike CPU time (which counts the thread pool's spinning, more of it the busier the machine), a load-free figure.
            new($"{id}.alloc", "memory allocated a turn, this process (TaskBot and its client)", allocatedPerTurn, "KiB", "—", null),
            steps.Figure($"{id}.start", "the turn that starts the report (汇报 7), mean", [0]),
            steps.Figure($"{id}.answer", "a turn answering one question, mean", [.. Enumerable.Range(1, script - 2)]),
            steps.Figure($"{id}.confirm", "the confirmation turn (是), mean", [script - 1]),
        ];
    }
}

/// <summary>A profile's turns by their place in the script: each one's commands, replies and the rest.</summary>
internal sealed class StepSplit(int length)
{
    private readonly (int Turns, double Ms, long Commands, TimeSpan CommandTime, TimeSpan ReplyTime)[] _steps =
        new (int, double, long, TimeSpan, TimeSpan)[length];

    public async Task TimeAsync(int step, TurnTimings timings, Func<Task> turn)
    {
        var (commands, replies) = (timings.Commands, timings.Replies);
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        await turn();
        var ms = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var (c, r) = (timings.Commands, timings.Replies);
        var s = _steps[step];
        _steps[step] = (s.Turns + 1, s.Ms + ms, s.Commands + c.Count - commands.Count, s.CommandTime + c.Time - commands.Time,
            s.ReplyTime + r.Time - replies.Time);
    }

    public Figure Figure(string id, string name, int[] steps)
    {
        var turns = steps.Sum(i => _steps[i].Turns);
        double Mean(Func<(int Turns, double Ms, long Commands, TimeSpan CommandTime, TimeSpan ReplyTime), double> f) =>
            steps.Sum(i => f(_steps[i])) / turns;
        var (ms, commands) = (Mean(s => s.Ms), Mean(s => s.CommandTime.TotalMilliseconds));
        var replies = Mean(s => s.ReplyTime.TotalMilliseconds);
        return new(id, name, ms, "ms", "—", null, Note: FormattableString.Invariant(
            $"commands {Mean(s => s.Commands):F2} ({commands:F2} ms), replies {replies:F2} ms, the rest {ms - commands - replies:F2} ms"));
    }
}
