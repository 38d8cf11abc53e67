using System.CommandLine;
using TaskBot.Data;
using TaskBot.Domain.Plans;

namespace TaskBot.Cli;

/// <summary>`tasks [--unit NAME] [--leader NAME]`: the tasks a unit answers for or a leader leads.</summary>
public static class TasksCommand
{
    public static Command Create(CommandServices services)
    {
        var unit = new Option<string>("--unit") { Description = "Only the tasks this unit answers for (its collectives too).", HelpName = "NAME" };
        var leader = new Option<string>("--leader") { Description = "Only the tasks this leader leads.", HelpName = "NAME" };
        var command = new Command("tasks", "List the tasks of every plan.") { unit, leader };
        command.SetAction((r, ct) => services.RunAsync(sp =>
            RunAsync(sp, r.GetValue(unit), r.GetValue(leader), r.InvocationConfiguration.Output, ct)));
        return command;
    }

    private static async Task<int> RunAsync(IServiceProvider services, string? unitName, string? leaderName, TextWriter output, CancellationToken ct)
    {
        var queries = services.GetRequiredService<TaskQueries>();
        var unit = unitName is null ? null
            : await queries.FindUnitAsync(unitName, ct) ?? throw new CommandLineException($"no unit is named \"{unitName}\"");
        var leader = leaderName is null ? null
            : await queries.FindLeaderAsync(leaderName, ct) ?? throw new CommandLineException($"no leader is named \"{leaderName}\"");
        foreach (var (plan, tasks) in await queries.TasksAsync(unit, leader, ct))
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
        return $"#{task.Number}\t{deadline}{(task.Ongoing ? "+" : "")}\t{string.Join("、", task.LeadLeaders.Select(l => l.Name))}"
            + $"\t{string.Join("、", task.LeadUnits.Select(u => u.Name))}\t{text}";
    }
}
