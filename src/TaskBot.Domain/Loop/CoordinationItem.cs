namespace TaskBot.Domain.Loop;

/// <summary>
/// A report's 需协调事项 as an open item: addressed to leaders, answered (已阅 / 批示 / 交办 / 转督查室), open until a
/// leader or the office closes it.
/// </summary>
public sealed class CoordinationItem
{
    public int Id { get; private set; }
    public int TaskItemId { get; private set; }
    public int TaskNumber { get; private set; }
    public int UnitId { get; private set; }

    /// <summary>The report it was raised in; <see cref="RaisedAlone"/> when it was sent on its own.</summary>
    public int ReportId { get; private set; }

    public const int RaisedAlone = 0;
    public string Text { get; private set; } = "";

    /// <summary>The leaders it is addressed to: those it names, else the task's lead leaders.</summary>
    public List<int> LeaderIds { get; private set; } = [];

    public string RaisedBy { get; private set; } = "";
    public DateTimeOffset RaisedAt { get; private set; }

    public CoordinationAction? LastAction { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The unit it was handed to (交办).</summary>
    public int? AssignedUnitId { get; private set; }

    public bool ToOffice { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public bool IsOpen => ClosedAt is null;

    private CoordinationItem() { }

    public CoordinationItem(int taskItemId, int taskNumber, int unitId, int reportId, string text, IEnumerable<int> leaderIds,
        string raisedBy, DateTimeOffset raisedAt)
    {
        TaskItemId = taskItemId;
        TaskNumber = taskNumber;
        UnitId = unitId;
        ReportId = reportId;
        Text = text;
        LeaderIds = [.. leaderIds];
        RaisedBy = raisedBy;
        RaisedAt = raisedAt;
    }

    public void Record(CoordinationAction action, string? answer, int? assignedUnitId, string by, DateTimeOffset at)
    {
        LastAction = action;
        AnsweredBy = by;
        AnsweredAt = at;
        if (answer is { Length: > 0 }) Answer = answer;
        if (action == CoordinationAction.Assign) AssignedUnitId = assignedUnitId;
        if (action == CoordinationAction.ToOffice) ToOffice = true;
        if (action == CoordinationAction.Close) ClosedAt = at;
    }

    /// <summary>Whole days since it was raised, in the office's time zone.</summary>
    public int AgeDays(DateOnly today, TimeZoneInfo zone) =>
        today.DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(RaisedAt, zone).DateTime).DayNumber;
}
