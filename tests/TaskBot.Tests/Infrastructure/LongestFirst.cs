using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("TaskBot.Tests.Infrastructure.LongestFirst", "TaskBot.Tests")]

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// Starts the longest collections first: xunit gives each collection one of its slots (xunit.runner.json) until the
/// collection is done, so a long one started last would trail after the rest. First the three that wait on server
/// processes of their own, then the largest by the time their tests took (README "The test suite"); the small ones,
/// in name order, fill the slots at the end.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest =
    [
        TestCollections.OutboxKills, TestCollections.SeveralInstances, TestCollections.PostgresRestart,
        TestCollections.Hosting, TestCollections.Documents, TestCollections.Reporting, TestCollections.Lists,
        TestCollections.People, TestCollections.Reminders, TestCollections.Imports, TestCollections.Views,
        TestCollections.Prompts, TestCollections.Channel, TestCollections.DirectLine,
    ];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Rank(c.DisplayName)).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(string name)
    {
        var i = Array.IndexOf(Longest, name);
        return i < 0 ? Longest.Length : i;
    }
}
