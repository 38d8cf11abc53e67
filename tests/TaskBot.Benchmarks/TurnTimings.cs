using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TaskBot.Benchmarks;

/// <summary>
/// Where a turn's wall time goes, as TaskBot's own process sees it: each database command and commit (EF's measured
/// durations) and each reply posted to the Connector (HttpClient's activities to the peer). Off until started.
/// </summary>
public sealed class TurnTimings : DbTransactionInterceptor, IDbCommandInterceptor, IDisposable
{
    private readonly ActivityListener _replies;
    private string? _peer;
    private long _commands, _commandTicks, _commits, _commitTicks, _posts, _postTicks;

    public TurnTimings()
    {
        _replies = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a =>
            {
                if (_peer is { } peer && a.GetTagItem("url.full") is string url && url.StartsWith(peer, StringComparison.Ordinal))
                    Add(ref _posts, ref _postTicks, a.Duration);
            },
        };
        ActivitySource.AddActivityListener(_replies);
    }

    /// <summary>Counts from now on, replies being those posted under <paramref name="peerUrl"/>.</summary>
    public void Start(string peerUrl)
    {
        _peer = peerUrl;
        _commands = _commandTicks = _commits = _commitTicks = _posts = _postTicks = 0;
    }

    public (long Count, TimeSpan Time) Commands => (Interlocked.Read(ref _commands), TimeSpan.FromTicks(Interlocked.Read(ref _commandTicks)));
    public (long Count, TimeSpan Time) Commits => (Interlocked.Read(ref _commits), TimeSpan.FromTicks(Interlocked.Read(ref _commitTicks)));
    public (long Count, TimeSpan Time) Replies => (Interlocked.Read(ref _posts), TimeSpan.FromTicks(Interlocked.Read(ref _postTicks)));

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Add(ref _commits, ref _commitTicks, eventData.Duration);
        return Task.CompletedTask;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Add(ref _commands, ref _commandTicks, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Add(ref _commands, ref _commandTicks, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Add(ref _commands, ref _commandTicks, eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Add(ref long count, ref long ticks, TimeSpan duration)
    {
        if (_peer is null) return;
        Interlocked.Increment(ref count);
        Interlocked.Add(ref ticks, duration.Ticks);
    }

    public void Dispose() => _replies.Dispose();
}
