namespace TaskBot.Domain.Loop;

/// <summary>
/// 延期: a unit asks to move a task's deadline, with a reason; the office (or a lead leader) approves or refuses it with a
/// remark. Each request is kept: together they are the deadline's history (the original, each change, who approved, why).
/// </summary>
public sealed class ExtensionRequest
{
    public int Id { get; private set; }
    public int TaskItemId { get; private set; }
    public int TaskNumber { get; private set; }
    public int UnitId { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public DateOnly? PreviousDeadline { get; private set; }
    public DateOnly NewDeadline { get; private set; }
    public string Reason { get; private set; } = "";

    /// <summary>超时申请: asked after the deadline had passed.</summary>
    public bool Late { get; private set; }

    /// <summary>Null while pending.</summary>
    public bool? Approved { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? Remark { get; private set; }

    private ExtensionRequest() { }

    public ExtensionRequest(int taskItemId, int taskNumber, int unitId, string requestedBy, DateTimeOffset requestedAt,
        DateOnly? previousDeadline, DateOnly newDeadline, string reason, bool late)
    {
        TaskItemId = taskItemId;
        TaskNumber = taskNumber;
        UnitId = unitId;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
        PreviousDeadline = previousDeadline;
        NewDeadline = newDeadline;
        Reason = reason;
        Late = late;
    }

    public void Decide(bool approved, string? remark, string by, DateTimeOffset at)
    {
        if (Approved is not null) throw new InvalidOperationException("the request was decided already");
        Approved = approved;
        Remark = remark;
        DecidedBy = by;
        DecidedAt = at;
    }
}
