using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>The plan being supervised (the newest), the lists beside it, with their tasks, units and leaders.</summary>
public interface IPlanReader
{
    Task<Plan?> CurrentPlanAsync(CancellationToken cancellationToken);

    /// <summary>Every open list: the current year's plan first, then each list kept beside it (领导批示, 专项督查).</summary>
    async Task<IReadOnlyList<Plan>> OpenListsAsync(CancellationToken cancellationToken) =>
        await CurrentPlanAsync(cancellationToken) is { } plan ? [plan] : [];

    /// <summary>An open list's task by its id; null when it was withdrawn or its list is closed.</summary>
    async Task<TaskItem?> OpenTaskAsync(int taskId, CancellationToken cancellationToken) =>
        (await OpenListsAsync(cancellationToken)).SelectMany(l => l.Tasks).FirstOrDefault(t => t.Id == taskId);

    /// <summary>The list's tasks this leader leads, in its order (a reader that keeps the lists may keep these too).</summary>
    IReadOnlyList<TaskItem> LedBy(Plan list, Leader leader) => list.TasksLedBy(leader);

    Task<Unit?> UnitAsync(int id, CancellationToken cancellationToken);
    Task<Leader?> LeaderAsync(int id, CancellationToken cancellationToken);

    /// <summary>The unit directory: every unit, so that a collective's members are known.</summary>
    Task<IReadOnlyList<Unit>> UnitsAsync(CancellationToken cancellationToken);

    /// <summary>The unit directory as it stood when <paramref name="plan"/> was read (kept with it), go-live days included.</summary>
    Task<IReadOnlyList<Unit>> UnitsOfAsync(Plan plan, CancellationToken cancellationToken);

    /// <summary>Every unit with the names it goes by, to find the one a name said in chat stands for.</summary>
    Task<IReadOnlyList<Unit>> UnitDirectoryAsync(CancellationToken cancellationToken);
}
