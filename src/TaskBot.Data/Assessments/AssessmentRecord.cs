using System.Text.Json;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Data.Assessments;

/// <summary>A task's kept assessment: its light and reasons as the behind rules gave them, with the report they judged.</summary>
public sealed class AssessmentRecord
{
    public int TaskItemId { get; set; }
    public int PlanId { get; set; }
    public Light Light { get; set; }
    public decimal Expected { get; set; }
    public ReportStatus? Status { get; set; }
    public decimal? Completion { get; set; }
    public bool Continuing { get; set; }
    public int? LatestReportId { get; set; }
    public string Reasons { get; set; } = "[]";
    public string Collectives { get; set; } = "[]";

    /// <summary>What the reply quotes of the report it judged (存在问题): kept here so that reading the rows never touches the reports.</summary>
    public string? Problems { get; set; }

    /// <summary>How many times a task's own change (a report, a withdrawal, a 延期) kept this row:
    /// the rebuild leaves a row kept since it read.</summary>
    public long Version { get; set; }

    public void Set(int planId, TaskAssessment a)
    {
        PlanId = planId;
        Light = a.Light;
        Expected = a.Expected;
        Status = a.Status;
        Completion = a.Completion;
        Continuing = a.Continuing;
        LatestReportId = a.Latest?.Id;
        Problems = a.Problems;
        Reasons = JsonSerializer.Serialize(a.Reasons.Select(r =>
            new ReasonRow(r.Kind, r.Light, r.Points, r.Days, r.Periods, r.Milestone?.Date, r.Milestone?.Text)));
        Collectives = JsonSerializer.Serialize(a.Collectives.Select(c => new TallyRow(c.Collective.Id, c.Reported, c.Members)));
    }

    public TaskAssessment ToAssessment(TaskItem task, ProgressReport? latest)
    {
        var reasons = JsonSerializer.Deserialize<List<ReasonRow>>(Reasons)!.Select(r => new BehindReason(r.Kind, r.Light, r.Points, r.Days,
            r.Periods, task.Milestones.FirstOrDefault(m => m.Date == r.MilestoneDate && m.Text == r.MilestoneText)));
        // Most tasks have no collective lead: 哪些任务滞后 reads hundreds of rows.
        var tallies = (Collectives == "[]" ? [] : JsonSerializer.Deserialize<List<TallyRow>>(Collectives)!)
            .Select(c => task.LeadUnits.FirstOrDefault(u => u.Id == c.Unit) is { } unit ? new CollectiveTally(unit, c.Reported, c.Members) : null);
        return new TaskAssessment(task, latest, Light, [.. reasons], Expected)
        {
            Problems = Problems, Status = Status, Completion = Completion, Continuing = Continuing,
            Collectives = [.. tallies.OfType<CollectiveTally>()],
        };
    }

    private sealed record ReasonRow(BehindReasonKind Kind, Light Light, decimal? Points, int? Days, int? Periods, DateOnly? MilestoneDate,
        string? MilestoneText);

    private sealed record TallyRow(int Unit, int Reported, int Members);
}
