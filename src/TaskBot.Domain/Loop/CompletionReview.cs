namespace TaskBot.Domain.Loop;

/// <summary>A lead unit's 已完成, waiting for the office to close it on record (销号) or send it back (退回) with a reason.</summary>
public sealed class CompletionReview
{
    public int Id { get; private set; }
    public int TaskItemId { get; private set; }
    public int TaskNumber { get; private set; }
    public int UnitId { get; private set; }
    public int ReportId { get; private set; }
    public string ClaimedBy { get; private set; } = "";
    public DateTimeOffset ClaimedAt { get; private set; }
    public CompletionState State { get; private set; } = CompletionState.Pending;
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? Reason { get; private set; }

    private CompletionReview() { }

    public CompletionReview(int taskItemId, int taskNumber, int unitId, int reportId, string claimedBy, DateTimeOffset claimedAt)
    {
        TaskItemId = taskItemId;
        TaskNumber = taskNumber;
        UnitId = unitId;
        ReportId = reportId;
        ClaimedBy = claimedBy;
        ClaimedAt = claimedAt;
    }

    public void Review(CompletionState outcome, string? reason, string by, DateTimeOffset at)
    {
        if (State != CompletionState.Pending) throw new InvalidOperationException("only a pending completion is reviewed");
        State = outcome;
        Reason = reason;
        ReviewedBy = by;
        ReviewedAt = at;
    }
}
