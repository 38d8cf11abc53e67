namespace TaskBot.Domain.Supervision;

/// <summary>A lead unit asked a supporting unit (配合单位) for its input on a task in a period.</summary>
public sealed class SupportRequest
{
    public int Id { get; private set; }
    public int TaskItemId { get; private set; }

    /// <summary>The supporting unit asked.</summary>
    public int UnitId { get; private set; }

    /// <summary>The lead unit that asked, which the input goes back to.</summary>
    public int RequestedByUnitId { get; private set; }

    public string PeriodKey { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }

    private SupportRequest() { }

    public SupportRequest(int taskItemId, int unitId, int requestedByUnitId, string periodKey, string requestedBy, DateTimeOffset requestedAt)
    {
        TaskItemId = taskItemId;
        UnitId = unitId;
        RequestedByUnitId = requestedByUnitId;
        PeriodKey = periodKey;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }
}
