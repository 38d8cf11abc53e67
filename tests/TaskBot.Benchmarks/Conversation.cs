using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// One reporter's conversation going round a script, each turn to the next TaskBot instance in turn (a round-robin
/// client, as a load balancer would spread it); with one instance, every turn to it. The script is a whole report:
/// the first (<paramref name="first"/>, when the task has no report yet), then the same report again and again — as
/// a unit reports every period, starting over at 本期有变化吗 (<see cref="Reporters.ReportAgain"/>).
/// </summary>
public sealed class Conversation(IReadOnlyList<ChannelChat> instances, IReadOnlyList<string> first, IReadOnlyList<string> again)
{
    private const int Attempts = 5;
    private int _step;
    private int _retries;

    /// <summary>On task <paramref name="task"/>: its first report, then reports again.</summary>
    public Conversation(ChannelChat chat, int task) : this([chat], Reporters.FirstReport(task), Reporters.ReportAgain(task)) { }

    /// <summary>Turns of the first report, after which every round is <see cref="RoundLength"/> turns.</summary>
    public int FirstLength => first.Count;

    public int RoundLength => again.Count;

    /// <summary>Deliveries answered 5xx and sent again, as a channel retries them.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>A message as the script's lines are sent, for the bare turn (<see cref="BenchServer"/>): it goes through no dialog.</summary>
    public BotFramework.Schema.Activity Bare() => instances[0].Message(again[0]);

    /// <summary>Says the script's next line; not to be called again before it returns.</summary>
    public async Task NextTurnAsync()
    {
        var step = _step++;
        // The activity ids come from one chat, so an instance never takes another's turn for a retry of its own.
        var activity = instances[0].Message(step < first.Count ? first[step] : again[(step - first.Count) % again.Count]);
        for (var attempt = 0; ; attempt++)
        {
            var status = (int)await instances[(step + attempt) % instances.Count].DeliverAsync(activity);
            if (status is >= 200 and <= 299) return;
            if (status < 500 || attempt == Attempts - 1) throw new InvalidOperationException($"/api/messages answered {status}");
            Interlocked.Increment(ref _retries); // the same activity again: TaskBot handles it once
        }
    }
}
