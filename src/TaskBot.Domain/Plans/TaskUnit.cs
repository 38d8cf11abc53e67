using TaskBot.Domain.Units;

namespace TaskBot.Domain.Plans;

/// <summary>A unit named on a task, as lead or responsible unit, in the document's order.</summary>
public sealed class TaskUnit
{
    public int Id { get; private set; }
    public int TaskItemId { get; private set; }
    public int UnitId { get; private set; }
    public Unit Unit { get; private set; } = null!;
    public UnitRole Role { get; private set; }
    public int Position { get; private set; }

    private TaskUnit() { }

    public TaskUnit(Unit unit, UnitRole role, int position)
    {
        Unit = unit;
        UnitId = unit.Id;
        Role = role;
        Position = position;
    }
}
