using System.Globalization;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Reports;

namespace TaskBot.Documents.Bulletins;

/// <summary>The 通报's figures: counts by status and light, each lead unit's reporting in the period, the tasks that advanced.</summary>
public static class BulletinFigures
{
    public sealed record UnitReporting(string Unit, int Led, int Reported, int Behind);

    public static string Overall(BulletinIssue issue)
    {
        var a = issue.Bulletin.Assessments;
        int Status(ReportStatus s) => a.Count(x => x.Status == s);
        int Light(Light l) => a.Count(x => x.Light == l);
        return $"截至{BulletinDocument.ChineseDate(issue.Bulletin.Today)}，{issue.Bulletin.Plan.Title}共{a.Count}项任务，"
            + $"其中已完成{Status(ReportStatus.Done)}项，正常推进{Status(ReportStatus.OnSchedule)}项，滞后{Status(ReportStatus.Behind)}项，"
            + $"未启动{Status(ReportStatus.NotStarted)}项，未报送{a.Count(x => x.Status is null)}项；"
            + $"绿灯{Light(Domain.Behind.Light.Green)}项，黄灯{Light(Domain.Behind.Light.Yellow)}项，红灯{Light(Domain.Behind.Light.Red)}项。";
    }

    /// <summary>Each unit that leads tasks (a collective's members report under their own names): tasks led, reported in the period, behind.</summary>
    public static IReadOnlyList<UnitReporting> Reporting(BulletinIssue issue) =>
        [.. issue.Bulletin.Assessments
            .SelectMany(a => a.Task.LeadUnits.Where(u => !u.IsCollective).Select(u => (Unit: u, Assessment: a)))
            .GroupBy(x => x.Unit.Id)
            .Select(g => new UnitReporting(g.First().Unit.Name, g.Count(),
                g.Count(x => issue.PeriodReports.Any(r => r.UnitId == g.Key && r.TaskItemId == x.Assessment.Task.Id)),
                g.Count(x => x.Assessment.IsBehind)))
            .OrderBy(r => r.Unit, StringComparer.Ordinal)];

    public static string ReportingRate(IReadOnlyList<UnitReporting> units)
    {
        var complete = units.Count(u => u.Reported >= u.Led);
        var tasks = units.Sum(u => u.Led);
        var reported = units.Sum(u => u.Reported);
        return $"本期应报送单位{units.Count}个，全部报送{complete}个，单位报送率{Rate(complete, units.Count)}；"
            + $"应报送任务{tasks}项次，已报送{reported}项次，任务报送率{Rate(reported, tasks)}。";
    }

    /// <summary>Done, or reported at or above 序时进度 with a green light: the ones the 通报 commends.</summary>
    public static IReadOnlyList<TaskAssessment> Advanced(BulletinIssue issue) =>
        [.. issue.Bulletin.Assessments
            .Where(a => a.Latest is not null && a.Light == Light.Green
                && (a.Status == ReportStatus.Done || (a.Completion is { } c && c >= a.Expected)))
            .OrderByDescending(a => a.Status == ReportStatus.Done).ThenByDescending(a => (a.Completion ?? 0) - a.Expected).ThenBy(a => a.Task.Number)];

    private static string Rate(int part, int whole) =>
        whole == 0 ? "—" : (100m * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
