namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// The collections that run side by side (xunit.runner.json): tests in one collection run one at a time. They share
/// the run's PostgreSQL cluster and templates (<see cref="PostgresServer"/>), each test on databases of its own.
/// </summary>
public static class TestCollections
{
    // The areas are split so that none holds much more than a sixth of the run: the slot the last one holds is the tail.
    public const string Reporting = "dialogs: reporting";
    public const string Prompts = "dialogs: prompts and plain text";
    public const string People = "dialogs: people";
    public const string Views = "dialogs: views and lookups";
    public const string Channel = "channel";
    public const string DirectLine = "direct line";
    public const string Documents = "documents";
    public const string Imports = "plans: imports";
    public const string Hosting = "hosting and platforms";
    public const string Reminders = "reminders";
    public const string Lists = "supervision lists and task changes";
    // The three that spend most of their time waiting on server processes of their own, each alone in a collection
    // and started first (LongestFirst).
    public const string OutboxKills = "outbox kills";
    public const string SeveralInstances = "several instances";
    public const string PostgresRestart = "postgres restart";
}
