using TaskBot.Documents.Charts;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Documents.Bulletins;

/// <summary>
/// One numbered 通报 (第N期): the bulletin as supervision judges the tasks (today, or at a past period's end), the reports of its period, and
/// the charts to embed.
/// </summary>
/// <param name="PeriodKey">The period whose reports the per-unit table and the attached ledger show.</param>
/// <param name="Units">Unit names by id, for the reports' units.</param>
public sealed record BulletinIssue(Bulletin Bulletin, int Number, string PeriodKey, DateOnly IssuedOn,
    IReadOnlyList<ProgressReport> PeriodReports, IReadOnlyDictionary<int, string> Units, IReadOnlyList<Chart> Charts);
