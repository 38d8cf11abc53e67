using TaskBot.Domain.Leaders;

namespace TaskBot.Domain.Plans;

/// <summary>A lead leader of a task, in the document's order.</summary>
public sealed class TaskLeader
{
    public int Id { get; private set; }
    public int TaskItemId { get; private set; }
    public int LeaderId { get; private set; }
    public Leader Leader { get; private set; } = null!;
    public int Position { get; private set; }

    private TaskLeader() { }

    public TaskLeader(Leader leader, int position)
    {
        Leader = leader;
        LeaderId = leader.Id;
        Position = position;
    }
}
