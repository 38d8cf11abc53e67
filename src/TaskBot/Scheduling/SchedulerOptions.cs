namespace TaskBot.Scheduling;

/// <summary>Hangfire in this instance (section "Scheduler").</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Whether this instance runs the recurring reminder jobs and serves /hangfire. Several instances may:
    /// Hangfire runs each occurrence once.</summary>
    public bool Enabled { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// Lets anyone on this machine look at the dashboard without signing in. Off by default: behind a reverse proxy on
    /// the same host every visitor would come from loopback.
    /// </summary>
    public bool LoopbackReadOnly { get; set; }
}
