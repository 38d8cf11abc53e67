using System.Globalization;
using TaskBot.Domain.Behind;
using TaskBot.Words;

namespace TaskBot.Documents.Bulletins;

/// <summary>The 通报's figures: counts by status and light, each lead unit's reporting in the period, the tasks that advanced.</summary>
public static class BulletinFigures
{
    public sealed record UnitReporting(string Unit, int Led, int Reported, int Behind);

    public static string Overall(BulletinIssue issue, LocaleText words)
    {
        var a = issue.Bulletin.Assessments;
        (string, object?)[] counts = [("today", BulletinDocument.Date(words, issue.Bulletin.Today)), ("plan", issue.Bulletin.Plan.Title),
            ("count", a.Count), .. TaskText.Counts(a)];
        return words.Say("bulletinDocument.overall", counts);
    }

    /// <summary>Each unit that leads tasks (a collective's members report under their own names):
    /// tasks led, reported in the period, behind.</summary>
    public static IReadOnlyList<UnitReporting> Reporting(BulletinIssue issue) =>
        [.. issue.Bulletin.Assessments
            .SelectMany(a => a.Task.LeadUnits.Where(u => !u.IsCollective).Select(u => (Unit: u, Assessment: a)))
            .GroupBy(x => x.Unit.Id)
            .Select(g => new UnitReporting(g.First().Unit.Name, g.Count(),
                g.Count(x => issue.PeriodReports.Any(r => r.UnitId == g.Key && r.TaskItemId == x.Assessment.Task.Id)),
                g.Count(x => x.Assessment.IsBehind)))
            .OrderBy(r => r.Unit, StringComparer.Ordinal)];

    public static string ReportingRate(IReadOnlyList<UnitReporting> units, LocaleText words)
    {
        var complete = units.Count(u => u.Reported >= u.Led);
        var tasks = units.Sum(u => u.Led);
        var reported = units.Sum(u => u.Reported);
        return words.Say("bulletinDocument.reportingRate", ("units", units.Count), ("complete", complete), ("unitRate", Rate(complete, units.Count)),
            ("tasks", tasks), ("reported", reported), ("taskRate", Rate(reported, tasks)));
    }

    /// <summary>Done (closed, not 待核), or reported at or above 序时进度 with a green light: the ones the 通报 commends.</summary>
    public static IReadOnlyList<TaskAssessment> Advanced(BulletinIssue issue) =>
        [.. issue.Bulletin.Assessments
            .Where(a => a.Latest is not null && a.Light == Light.Green && !a.AwaitingReview
                && (a.IsDone || (a.Completion is { } c && c >= a.Expected)))
            .OrderByDescending(a => a.IsDone).ThenByDescending(a => (a.Completion ?? 0) - a.Expected).ThenBy(a => a.Task.Number)];

    private static string Rate(int part, int whole) =>
        whole == 0 ? "—" : (100m * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
