namespace TaskBot.Data.Documents;

/// <summary>A 通报 issued: its number (第N期) within the plan, and the period it reports on.</summary>
public sealed class BulletinIssueRecord
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public string PeriodKey { get; set; } = "";
    public int Number { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
}
