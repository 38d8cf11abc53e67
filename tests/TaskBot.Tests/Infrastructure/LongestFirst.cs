using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("TaskBot.Tests.Infrastructure.LongestFirst", "TaskBot.Tests")]

namespace TaskBot.Tests.Infrastructure;

/// <summary>
/// Starts the collections that wait longest on server processes of their own first, so they overlap the rest of
/// the run instead of trailing after it; the others in name order.
/// </summary>
public sealed class LongestFirst : ITestCollectionOrderer
{
    private static readonly string[] Longest = [TestCollections.OutboxKills, TestCollections.SeveralInstances, TestCollections.PostgresRestart];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => Rank(c.DisplayName)).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static int Rank(string name)
    {
        var i = Array.IndexOf(Longest, name);
        return i < 0 ? Longest.Length : i;
    }
}
