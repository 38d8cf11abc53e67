using System.Threading.Channels;
using TaskBot.Data.Outbox;

namespace TaskBot.Reminders.Delivery;

/// <summary>
/// One drain of the outbox as a pipeline: messages are sent while those sent before are recorded and the next ones
/// claimed, both in one transaction, so a free slot rarely waits for the database. At most <c>Concurrency</c> messages
/// are being sent and <c>MaxInFlight</c> sent and not yet recorded at any moment: that is all a crash can send twice.
/// Claims run up to one window ahead of the sends; a claimed message whose lease is running out is let go untried.
/// A held message's lease is renewed once a quarter of it has passed, not at every exchange: a renewal rewrites the row.
/// Each send and exchange reports its end to one queue: waiting for any of sixteen sends with <c>Task.WhenAny</c> hooked
/// onto and unhooked from every one of them at every message.
/// </summary>
internal sealed class OutboxPipeline(OutboxStore outbox, OutboxClaimant sender, OutboxOptions options, TimeProvider time)
{
    private readonly Queue<OutboxRecord> _claimed = new();
    private readonly Dictionary<Task<OutboxAttempt>, long> _sending = [];
    private readonly Channel<Task> _finished = Channel.CreateUnbounded<Task>(new() { SingleReader = true });
    private readonly List<OutboxOutcome> _released = [];
    // Claimed and not yet recorded: until when (Unix ms) this sender's lease on each is known to run.
    private readonly Dictionary<long, long> _leases = [];
    private (IReadOnlyList<long> Ids, long Until) _renewing = ([], 0);
    private List<OutboxAttempt> _sent = [];
    private IReadOnlyList<OutboxAttempt> _recording = [];
    private Task<IReadOnlyList<OutboxRecord>>? _exchange;
    private bool _more = true;
    private int _asked;

    /// <summary>Sends until nothing is due and every attempt is recorded; returns how many messages it claimed.</summary>
    public async Task<int> RunAsync(Func<OutboxRecord, CancellationToken, Task<OutboxAttempt>> send,
        Func<IReadOnlyList<OutboxAttempt>, CancellationToken, Task> recorded, CancellationToken cancellationToken)
    {
        var taken = 0;
        try
        {
            while (true)
            {
                StartSends(send, cancellationToken);
                StartExchange(cancellationToken);
                if (_exchange is null && _sending.Count == 0) return taken;
                var finished = await _finished.Reader.ReadAsync(CancellationToken.None);
                if (finished == _exchange) taken += await ExchangedAsync(recorded, cancellationToken);
                else
                {
                    var attempt = (Task<OutboxAttempt>)finished;
                    _sending.Remove(attempt);
                    _sent.Add(await attempt);
                }
            }
        }
        finally
        {
            // Leaving on an error or a stop: what is still running must not outlive the scope it uses.
            await Task.WhenAll([.. _sending.Keys, _exchange ?? Task.CompletedTask]).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private int Unrecorded => _sending.Count + _sent.Count + _recording.Count;

    private void StartSends(Func<OutboxRecord, CancellationToken, Task<OutboxAttempt>> send, CancellationToken cancellationToken)
    {
        var enough = time.GetUtcNow().ToUnixTimeMilliseconds() + (long)(options.Lease.TotalMilliseconds / 2);
        while (_claimed.Count > 0 && Unrecorded < options.MaxInFlight && _sending.Count < options.Concurrency)
        {
            var record = _claimed.Dequeue();
            if (_leases[record.Id] < enough)
                _released.Add(new OutboxOutcome(record.Id, OutboxStatus.Pending, Error: "claim ran out before sending", Uncounted: true));
            else _sending.Add(Reported(send(record, cancellationToken)), record.Id);
        }
    }

    private void StartExchange(CancellationToken cancellationToken)
    {
        if (_exchange is not null) return;
        // An exchange costs the database nearly as much for a few messages as for many: while sends go on and a round
        // of claimed messages waits, a round of sent ones is gathered first.
        if (_sending.Count > 0 && _claimed.Count >= options.Concurrency && _sent.Count + _released.Count < options.Concurrency) return;
        _asked = _more ? options.MaxInFlight - _claimed.Count : 0;
        if (_sent.Count == 0 && _released.Count == 0 && _asked <= 0) return;
        _recording = _sent;
        _sent = [];
        List<OutboxOutcome> outcomes = [.. _recording.Select(a => a.Outcome), .. _released];
        _released.Clear();
        foreach (var o in outcomes) _leases.Remove(o.Id);
        List<long> held = [.. _claimed.Select(r => r.Id), .. _sending.Values];
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var quarterGone = now + (long)(options.Lease.TotalMilliseconds * 3 / 4);
        _renewing = ([.. held.Where(id => _leases[id] < quarterGone)], now + (long)options.Lease.TotalMilliseconds);
        _exchange = Reported(outbox.RecordAndClaimAsync(outcomes, held, _renewing.Ids, sender, _asked, options.Lease, cancellationToken));
    }

    private T Reported<T>(T task) where T : Task
    {
        task.ContinueWith(static (ended, queue) => ((ChannelWriter<Task>)queue!).TryWrite(ended), _finished.Writer, CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    private async Task<int> ExchangedAsync(Func<IReadOnlyList<OutboxAttempt>, CancellationToken, Task> recorded, CancellationToken cancellationToken)
    {
        var claimed = await _exchange!;
        _exchange = null;
        // The store renewed from its own clock, read after ours: the lease runs at least this long.
        foreach (var id in _renewing.Ids)
            if (_leases.ContainsKey(id)) _leases[id] = _renewing.Until;
        foreach (var record in claimed)
        {
            _claimed.Enqueue(record);
            _leases[record.Id] = record.ClaimedUntilMs ?? 0;
        }
        // A recorded message frees its destination: its next message may be due now.
        if (claimed.Count > 0 || _recording.Count > 0) _more = true;
        else if (_asked > 0) _more = false;
        var done = _recording;
        _recording = [];
        if (done.Count > 0) await recorded(done, cancellationToken);
        return claimed.Count;
    }
}
