namespace TaskBot.Domain.Loop;

public enum CompletionState
{
    /// <summary>已完成（待核）: the lead unit says done; the office has not reviewed it.</summary>
    Pending = 1,
    /// <summary>销号: closed on record.</summary>
    Closed = 2,
    /// <summary>退回: sent back with a reason; the task is open again.</summary>
    Returned = 3,
}
