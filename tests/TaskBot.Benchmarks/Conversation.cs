using TaskBot.Tests.Infrastructure;

namespace TaskBot.Benchmarks;

/// <summary>
/// One reporter's conversation going round a script, each turn to the next TaskBot instance in turn (a round-robin
/// client, as a load balancer would spread it); with one instance, every turn to it.
/// </summary>
public sealed class Conversation(IReadOnlyList<ChannelChat> instances, IReadOnlyList<string> script)
{
    private int _step;

    public Conversation(ChannelChat chat, IReadOnlyList<string> script) : this([chat], script) { }

    /// <summary>Says the script's next line; not to be called again before it returns.</summary>
    public async Task NextTurnAsync()
    {
        var step = _step++;
        // The activity ids come from one chat, so an instance never takes another's turn for a retry of its own.
        var activity = instances[0].Message(script[step % script.Count]);
        var status = await instances[step % instances.Count].DeliverAsync(activity);
        if ((int)status is < 200 or > 299) throw new InvalidOperationException($"/api/messages answered {(int)status}");
    }

    /// <summary>The report dialog's answers on task <paramref name="task"/>.</summary>
    public static IReadOnlyList<string> ReportOn(int task) => [$"汇报 {task}", .. Reporters.ReportTurns.Skip(1)];
}
