using TaskBot.Domain.Behind;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Documents.Ledger;

/// <summary>
/// What the 台账 holds: each task as supervision assessed it today, and every report kept (superseded ones left out).
/// </summary>
/// <param name="Units">Unit names by id, for the reports' units.</param>
/// <param name="Zone">The office's time zone, in which reports are dated.</param>
/// <param name="Words">The words of the headings and fixed cells (dialogs/{locale}/ledger.yaml).</param>
public sealed record Ledger(Plan Plan, DateOnly Today, IReadOnlyList<TaskAssessment> Assessments,
    IReadOnlyList<ProgressReport> Reports, IReadOnlyDictionary<int, string> Units, TimeZoneInfo Zone, LocaleText Words)
{
    /// <summary>Every 延期 request of the plan's tasks: the approved ones are each deadline's history.</summary>
    public IReadOnlyList<ExtensionRequest> Extensions { get; init; } = [];

    /// <summary>Reports by a unit supporting the task (配合): its input to the lead unit, not the task's report.</summary>
    public IReadOnlySet<int> SupportingReports { get; init; } = new HashSet<int>();

    /// <summary>需协调事项 sent on their own: in the ledger as a report's are.</summary>
    public IReadOnlyList<RaisedRequest> RaisedAlone { get; init; } = [];

    /// <summary>How a period reads in a sheet's name (第49周，11月30日—12月6日); the stored key by default.</summary>
    public Func<string, string> PeriodLabel { get; init; } = key => key;

    public DateOnly DateOf(ProgressReport report) => DateOf(report.ReportedAt);

    public DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);
}
