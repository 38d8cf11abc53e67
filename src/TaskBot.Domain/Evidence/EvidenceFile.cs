namespace TaskBot.Domain.Evidence;

/// <summary>
/// 佐证材料: a photo or document a unit sent to back its report. Kept from the moment it arrives, so it is never lost:
/// first for the unit alone (which task is it for?), then for a task (waiting for the unit's next report), then with a report.
/// </summary>
public sealed class EvidenceFile
{
    public int Id { get; private set; }
    public int UnitId { get; private set; }
    public int? TaskItemId { get; private set; }
    public int? ReportId { get; private set; }
    public string FileName { get; private set; } = "";
    public EvidenceType Type { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string ReceivedBy { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }

    private EvidenceFile() { }

    public EvidenceFile(int unitId, int? taskItemId, string fileName, EvidenceType type, long size, string sha256, string receivedBy,
        DateTimeOffset receivedAt)
    {
        UnitId = unitId;
        TaskItemId = taskItemId;
        FileName = fileName;
        Type = type;
        Size = size;
        Sha256 = sha256;
        ReceivedBy = receivedBy;
        ReceivedAt = receivedAt;
    }

    public void For(int taskItemId, int? reportId)
    {
        TaskItemId = taskItemId;
        ReportId = reportId;
    }
}
