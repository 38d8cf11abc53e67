using Microsoft.Extensions.DependencyInjection;
using TaskBot.Domain.Behind;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Benchmarks;

/// <summary>
/// Where one leader's 哪些任务滞后 spends its time, step by step as the dialog takes them: the DI scope, the plan key and
/// cached lists, picking the leader's tasks, the kept rows read with the 待核 tasks (one query), the reply's text.
/// </summary>
public static class BehindBreakdown
{
    private static readonly string[] Steps = ["scope", "lists", "tasks", "read", "text"];

    private static readonly Dictionary<string, string> Names = new()
    {
        ["scope"] = "DI scope and services",
        ["lists"] = "plan key and cached lists",
        ["tasks"] = "the leader's tasks among all",
        ["read"] = "behind and 待核: kept rows read",
        ["text"] = "the reply's text",
    };

    public static async Task<IEnumerable<Figure>> MeasureAsync(BenchServer server, string leader, string id, int iterations)
    {
        var samples = Steps.ToDictionary(s => s, _ => new List<double>());
        for (var i = 0; i < iterations + 3; i++)
        {
            var times = await OnceAsync(server, leader);
            if (i >= 3) foreach (var (step, ms) in times) samples[step].Add(ms);
        }
        return Steps.Select(s => new Figure($"{id}.{s}", $"  {Names[s]} p50", Stats.Quantile(samples[s], 0.5), "ms", "—", null));
    }

    /// <summary>The leader of that name, bound, as the dialog sees them: what they may see is what they lead.</summary>
    public static Viewer Viewer(Domain.Plans.Plan plan, string leader)
    {
        var found = plan.Tasks.SelectMany(t => t.LeadLeaders).First(l => l.Name == leader);
        return new(new Member("bench", "leader", leader, MemberRole.Leader, null, found.Id, DateTimeOffset.UnixEpoch), null, found);
    }

    private static async Task<List<(string, double)>> OnceAsync(BenchServer server, string leader)
    {
        var times = new List<(string, double)>();
        var mark = System.Diagnostics.Stopwatch.GetTimestamp();
        void Lap(string step)
        {
            times.Add((step, System.Diagnostics.Stopwatch.GetElapsedTime(mark).TotalMilliseconds));
            mark = System.Diagnostics.Stopwatch.GetTimestamp();
        }
        await using var scope = server.Services.CreateAsyncScope();
        var supervision = scope.ServiceProvider.GetRequiredService<TaskSupervision>();
        var t = scope.ServiceProvider.GetRequiredService<BotText>().For("zh-CN");
        Lap("scope");
        var lists = await supervision.ListsAsync(CancellationToken.None);
        Lap("lists");
        var viewer = Viewer(lists[0], leader);
        IReadOnlyList<Domain.Plans.TaskItem> tasks = [.. supervision.Seen(lists, viewer)];
        Lap("tasks");
        var (behind, awaitingReview) = await supervision.BehindAsync(lists, tasks, CancellationToken.None);
        Lap("read");
        var text = t.Say("behind.header", ("behind", behind.Count), ("count", tasks.Count),
            ("red", behind.Count(a => a.Light == Light.Red)), ("today", TaskText.Date(t, supervision.Today)))
            + "\n\n" + TaskText.BehindLines(t, behind)
            + TaskText.AwaitingReviewLine(t, awaitingReview);
        Lap("text");
        return text.Length > 0 ? times : [];
    }
}
