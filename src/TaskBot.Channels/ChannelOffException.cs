namespace TaskBot.Channels;

/// <summary>
/// Not sent: the platform is not set up in this process's settings (a `remind` run without them, beside a server that
/// has them). The message waits in the outbox for a process that can send it, instead of going out with empty keys.
/// </summary>
public sealed class ChannelOffException(string channel)
    : Exception($"{channel} is not set up in these settings: the message waits for a process that has it")
{
    /// <summary>How long a message waits before a process looks at it again.</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(5);

    public string Channel { get; } = channel;
}
