using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Supervision;

/// <summary>
/// The open lists' tasks (the year's plan first, then the lists beside it) with each unit's latest report: which
/// reports speak for a task (its lead units') and what each unit said. A supporting unit's report never speaks for
/// the task; when a collective (各苏木镇) leads, each member speaks for its own part only.
/// </summary>
public sealed class TaskProgress(IReadOnlyList<Plan> lists, IReadOnlyList<ProgressReport> latestReports, IReadOnlyList<Unit> units,
    IReadOnlyList<SupportRequest>? requests = null, IReadOnlySet<int>? awaitingReview = null)
{
    private readonly IReadOnlyList<SupportRequest> _requests = requests ?? [];
    private readonly IReadOnlySet<int> _awaitingReview = awaitingReview ?? new HashSet<int>();

    public TaskProgress(Plan plan, IReadOnlyList<ProgressReport> latestReports, IReadOnlyList<Unit> units,
        IReadOnlyList<SupportRequest>? requests = null) : this([plan], latestReports, units, requests) { }

    private readonly ILookup<int, ProgressReport> _byTask =
        latestReports.OrderByDescending(r => r.PeriodStart).ThenByDescending(r => r.ReportedAt).ToLookup(r => r.TaskItemId);

    /// <summary>The year's plan (the first open list): its title, year and organisation speak for all.</summary>
    public Plan Plan { get; } = lists[0];

    /// <summary>Every open list: the year's plan, then the lists beside it.</summary>
    public IReadOnlyList<Plan> Lists { get; } = lists;

    /// <summary>Every open list's tasks, list by list.</summary>
    public IReadOnlyList<TaskItem> Tasks { get; } = [.. lists.SelectMany(l => l.Tasks)];

    /// <summary>Whether a task's views must say which list it is in.</summary>
    public bool SeveralLists => Lists.Count > 1;

    /// <summary>The open list the task is in (its rhythm, its year).</summary>
    public Plan PlanOf(TaskItem task) => Lists.Count == 1 ? Plan : Lists.FirstOrDefault(l => l.Id == task.PlanId) ?? Plan;

    /// <summary>The task numbered so in the open list of that id (the year's plan when none is given).</summary>
    public TaskItem? Task(int? listId, int number) =>
        (listId is { } id ? Lists.FirstOrDefault(l => l.Id == id) : Plan)?.Task(number);

    /// <summary>The tasks numbered so in the open lists: more than one when two lists have that number.</summary>
    public IReadOnlyList<TaskItem> Numbered(int number) => [.. Lists.Select(l => l.Task(number)).OfType<TaskItem>()];

    /// <summary>The single units that report for the task: its lead units, a collective lead standing for each of its members.</summary>
    public IReadOnlyList<Unit> LeadMembers(TaskItem task) =>
        [.. task.AnsweringUnits.SelectMany(lead => lead.IsCollective ? Members(lead) : [lead]).DistinctBy(u => u.Id)];

    /// <summary>Whether the unit is one of several single lead units the task names (no collective among them).</summary>
    public bool SharesLead(TaskItem task, Unit unit)
    {
        var leads = task.AnsweringUnits.ToList();
        return leads.Count > 1 && leads.All(u => !u.IsCollective) && leads.Any(u => u.Id == unit.Id);
    }

    /// <summary>Whether the unit reports for the task, itself or as a member of a collective lead.</summary>
    public bool IsLedBy(TaskItem task, Unit unit) => task.AnsweringUnits.Any(u => u.Includes(unit));

    /// <summary>
    /// The single units that support (配合) the task: its responsible units (and 各地各部门 named as lead), a
    /// collective standing for each of its members, less the units that lead it.
    /// </summary>
    public IReadOnlyList<Unit> SupportingUnits(TaskItem task) =>
        [.. task.SupportingUnits.SelectMany(u => u.IsCollective ? Members(u) : [u]).DistinctBy(u => u.Id).Where(u => !IsLedBy(task, u))];

    /// <summary>The requests for input on the task in the period loaded, to the unit.</summary>
    public IReadOnlyList<SupportRequest> RequestsTo(TaskItem task, Unit unit) =>
        [.. _requests.Where(r => r.TaskItemId == task.Id && r.UnitId == unit.Id)];

    /// <summary>
    /// The reports the task is judged on, one per part: the lead units' newest when single units lead (they report
    /// together), or each member's newest (null where it has not reported) when a collective leads.
    /// </summary>
    public IReadOnlyList<ProgressReport?> LeadReports(TaskItem task)
    {
        if (!task.AnsweringUnits.Any(u => u.IsCollective))
        {
            var leads = task.AnsweringUnits.Select(u => u.Id).ToHashSet();
            return [_byTask[task.Id].FirstOrDefault(r => leads.Contains(r.UnitId))];
        }
        var members = LeadMembers(task);
        return members.Count == 0 ? [null] : [.. members.Select(u => LatestBy(task, u.Id))];
    }

    /// <summary>
    /// The parts the task is judged on, as <see cref="LeadReports"/>, each with the day its unit went live (several
    /// single lead units: the earliest, as any of them may report); none when the office owns the task.
    /// </summary>
    public IReadOnlyList<LeadPart> LeadParts(TaskItem task)
    {
        if (task.OwnedByOffice) return [];
        if (task.AnsweringUnits.Any(u => u.IsCollective))
        {
            var members = LeadMembers(task);
            if (members.Count > 0) return [.. members.Select(u => new LeadPart(LatestBy(task, u.Id), GoLive(u)))];
        }
        var goLive = task.AnsweringUnits.Select(GoLive).ToList();
        return [new LeadPart(LeadReports(task)[0], goLive.Any(d => d is null) ? null : goLive.Min())];
    }

    /// <summary>Done when every part is reported done.</summary>
    public bool IsDone(TaskItem task) => LeadReports(task).All(r => r?.Status == ReportStatus.Done);

    /// <summary>Whether a lead unit's 已完成 on the task waits for the office's review (待核).</summary>
    public bool AwaitsReview(TaskItem task) => _awaitingReview.Contains(task.Id);

    /// <summary>Whether the unit has no more to report on the task: it is done, or the unit reported its own part done.</summary>
    public bool IsDoneFor(TaskItem task, Unit unit) => LatestBy(task, unit.Id)?.Status == ReportStatus.Done || IsDone(task);

    /// <summary>A unit's newest report on a task, whether it leads it or cooperates.</summary>
    public ProgressReport? LatestBy(TaskItem task, int unitId) => _byTask[task.Id].FirstOrDefault(r => r.UnitId == unitId);

    /// <summary>For each collective leading the task, how many of its members reported in the period.</summary>
    public IReadOnlyList<CollectiveTally> Tallies(TaskItem task, string periodKey) =>
        [.. from c in task.AnsweringUnits
            where c.IsCollective
            let members = Members(c)
            select new CollectiveTally(c, members.Count(m => LatestBy(task, m.Id)?.PeriodKey == periodKey), members.Count)];

    // The directory read with the plan knows each unit's go-live; a plan's own units may be a copy from before it.
    private DateOnly? GoLive(Unit unit) => units.FirstOrDefault(u => u.Id == unit.Id)?.ReportingStartsOn ?? unit.ReportingStartsOn;

    private IReadOnlyList<Unit> Members(Unit collective) =>
        [.. units.Where(u => !u.IsCollective && collective.Includes(u)).OrderBy(u => u.Name, StringComparer.Ordinal)];
}
