using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>The messages between a lead unit and its supporting units: the request for input, and the input.</summary>
public interface ISupportNotices
{
    /// <summary>Asks each unit's bound people for input on the task, once a period; returns the units no one could be asked in.</summary>
    Task<IReadOnlyList<Unit>> AskAsync(TaskItem task, Unit lead, IReadOnlyList<Unit> units, string periodKey, CancellationToken cancellationToken);

    /// <summary>Passes a supporting unit's input to the bound people of the lead units it is for.</summary>
    Task PassOnAsync(TaskItem task, Unit from, ProgressReport input, IReadOnlyCollection<int> leadUnitIds, CancellationToken cancellationToken);
}
