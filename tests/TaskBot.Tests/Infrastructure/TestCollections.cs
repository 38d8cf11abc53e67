namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// The collections that run side by side (xunit.runner.json): tests in one collection run one at a time. They share
/// the run's PostgreSQL cluster and templates (<see cref="PostgresServer"/>), each test on databases of its own.
/// </summary>
public static class TestCollections
{
    public const string Reporting = "dialogs: reporting";
    public const string People = "dialogs: people and views";
    public const string Channel = "channel";
    public const string DirectLine = "direct line";
    public const string Documents = "documents and plans";
    public const string Hosting = "hosting and platforms";
    public const string Reminders = "reminders";
    // The three that spend most of their time waiting on server processes of their own, each alone in a collection
    // and started first (LongestFirst).
    public const string OutboxKills = "outbox kills";
    public const string SeveralInstances = "several instances";
    public const string PostgresRestart = "postgres restart";
}
