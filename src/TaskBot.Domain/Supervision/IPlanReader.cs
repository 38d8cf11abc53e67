using TaskBot.Domain.Leaders;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>The plan being supervised (the newest), with its tasks, units and leaders.</summary>
public interface IPlanReader
{
    Task<Plan?> CurrentPlanAsync(CancellationToken cancellationToken);
    Task<Unit?> UnitAsync(int id, CancellationToken cancellationToken);
    Task<Leader?> LeaderAsync(int id, CancellationToken cancellationToken);

    /// <summary>The unit directory: every unit, so that a collective's members are known.</summary>
    Task<IReadOnlyList<Unit>> UnitsAsync(CancellationToken cancellationToken);

    /// <summary>The unit directory as it stood when <paramref name="plan"/> was read (kept with it), go-live days included.</summary>
    Task<IReadOnlyList<Unit>> UnitsOfAsync(Plan plan, CancellationToken cancellationToken);

    /// <summary>Every unit with the names it goes by, to find the one a name said in chat stands for.</summary>
    Task<IReadOnlyList<Unit>> UnitDirectoryAsync(CancellationToken cancellationToken);
}
