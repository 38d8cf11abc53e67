using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// One reporter's conversation going round a script, each turn to the next TaskBot instance in turn (a round-robin
/// client, as a load balancer would spread it); with one instance, every turn to it.
/// </summary>
public sealed class Conversation(IReadOnlyList<ChannelChat> instances, IReadOnlyList<string> script)
{
    private const int Attempts = 5;
    private int _step;
    private int _retries;

    public Conversation(ChannelChat chat, IReadOnlyList<string> script) : this([chat], script) { }

    /// <summary>Deliveries answered 5xx and sent again, as a channel retries them.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Says the script's next line; not to be called again before it returns.</summary>
    public async Task NextTurnAsync()
    {
        var step = _step++;
        // The activity ids come from one chat, so an instance never takes another's turn for a retry of its own.
        var activity = instances[0].Message(script[step % script.Count]);
        for (var attempt = 0; ; attempt++)
        {
            var status = (int)await instances[(step + attempt) % instances.Count].DeliverAsync(activity);
            if (status is >= 200 and <= 299) return;
            if (status < 500 || attempt == Attempts - 1) throw new InvalidOperationException($"/api/messages answered {status}");
            Interlocked.Increment(ref _retries); // the same activity again: TaskBot handles it once
        }
    }

    /// <summary>The report dialog's answers on task <paramref name="task"/>.</summary>
    public static IReadOnlyList<string> ReportOn(int task) => [$"汇报 {task}", .. Reporters.ReportTurns.Skip(1)];
}
