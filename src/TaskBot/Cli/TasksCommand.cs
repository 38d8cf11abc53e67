using TaskBot.Data;
using TaskBot.Domain.Plans;

namespace TaskBot.Cli;

/// <summary>`tasks [--unit NAME] [--leader NAME]`: the tasks a unit answers for or a leader leads.</summary>
public static class TasksCommand
{
    public static async Task<int> RunAsync(Arguments args, IServiceProvider services, TextWriter output)
    {
        var queries = services.GetRequiredService<TaskQueries>();
        var unit = args.Option("--unit") is { } unitName
            ? await queries.FindUnitAsync(unitName, CancellationToken.None) ?? throw new CommandLineException($"no unit is named \"{unitName}\"")
            : null;
        var leader = args.Option("--leader") is { } leaderName
            ? await queries.FindLeaderAsync(leaderName, CancellationToken.None) ?? throw new CommandLineException($"no leader is named \"{leaderName}\"")
            : null;
        foreach (var (plan, tasks) in await queries.TasksAsync(unit, leader, CancellationToken.None))
        {
            if (tasks.Count == 0) continue;
            await output.WriteLineAsync($"{plan.Title} ({plan.Year}): {tasks.Count} tasks");
            foreach (var task in tasks) await output.WriteLineAsync(Line(task));
        }
        return 0;
    }

    private static string Line(TaskItem task)
    {
        var text = task.Text.Length > 40 ? task.Text[..40] + "…" : task.Text;
        var deadline = task.Deadline?.ToString("yyyy-MM-dd") ?? "-";
        return $"#{task.Number}\t{deadline}{(task.Ongoing ? "+" : "")}\t{string.Join("、", task.LeadLeaders.Select(l => l.Name))}\t{string.Join("、", task.LeadUnits.Select(u => u.Name))}\t{text}";
    }
}
