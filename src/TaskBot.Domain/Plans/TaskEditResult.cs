namespace TaskBot.Domain.Plans;

/// <summary>What an office edit did: the task's number and the fields that changed, or why nothing was done.</summary>
public sealed record TaskEditResult(TaskEditProblem? Problem, string List, int Number, IReadOnlyList<string> Changed)
{
    /// <summary>Unit names no unit of the directory goes by (a typo must not create a second unit).</summary>
    public IReadOnlyList<string> UnknownUnits { get; init; } = [];

    public static TaskEditResult Failed(TaskEditProblem problem, string list = "", int number = 0) => new(problem, list, number, []);
}
