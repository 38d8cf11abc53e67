using TaskBot.Domain.Leaders;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Plans;

/// <summary>A numbered task of a plan, with the people and units who answer for it.</summary>
public sealed class TaskItem
{
    private List<TaskLeader> _leaders = [];
    private List<TaskUnit> _units = [];
    private List<Milestone> _milestones = [];

    public int Id { get; private set; }
    public int PlanId { get; private set; }

    /// <summary>The list the task is in: its number is unique within it only.</summary>
    public Plan? Plan { get; private set; }
    public int Number { get; private set; }
    public string Text { get; private set; } = "";
    public DateOnly? Deadline { get; private set; }

    /// <summary>The work goes on after the deadline (持续推进).</summary>
    public bool Ongoing { get; private set; }

    /// <summary>The task's own reporting rhythm (每月报送), when the document gives it one.</summary>
    public PeriodKind? Rhythm { get; private set; }

    /// <summary>The chapter of the plan the task stands under (一、坚定不移抓项目扩投资), when the document has chapters.</summary>
    public string? Chapter { get; private set; }

    /// <summary>Added by the office (chat or command line), not from a document: a re-import does not withdraw it.</summary>
    public bool AddedByOffice { get; private set; }

    /// <summary>
    /// The day the task was given, when that was after its plan year began (added mid-year, an item of a list imported
    /// later): its 序时进度 counts from then. Null: from the plan year's start.
    /// </summary>
    public DateOnly? AssignedOn { get; private set; }

    /// <summary>
    /// Withdrawn (撤销) by the office or by a re-import that no longer lists it: kept with its reports, but out of
    /// every list, reminder, count, ledger and bulletin. Null while the task is supervised.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawnBy { get; private set; }
    public string? WithdrawnReason { get; private set; }
    public bool Withdrawn => WithdrawnAt is not null;

    public IReadOnlyList<Milestone> Milestones => _milestones;
    public IReadOnlyList<TaskLeader> Leaders => _leaders;
    public IEnumerable<Leader> LeadLeaders => _leaders.OrderBy(l => l.Position).Select(l => l.Leader);
    public IReadOnlyList<TaskUnit> Units => _units;

    public IEnumerable<Unit> LeadUnits => UnitsIn(UnitRole.Lead);
    public IEnumerable<Unit> ResponsibleUnits => UnitsIn(UnitRole.Responsible);

    /// <summary>
    /// The lead units as supervision reads them, the units that answer for the task: a collective that names every
    /// unit (各地各部门) supports rather than leads, so 40 departments are not each chased for the 旗长's own duties.
    /// </summary>
    public IEnumerable<Unit> AnsweringUnits => LeadUnits.Where(u => !u.NamesEveryUnit);

    /// <summary>The responsible units and a lead collective that names every unit: they support (配合).</summary>
    public IEnumerable<Unit> SupportingUnits => ResponsibleUnits.Concat(LeadUnits.Where(u => u.NamesEveryUnit));

    /// <summary>No unit answers for the task (its only lead is 各地各部门): the office follows it itself, no unit is chased.</summary>
    public bool OwnedByOffice => !AnsweringUnits.Any();

    private TaskItem() { }

    public TaskItem(int number, Plan? plan = null, bool addedByOffice = false)
    {
        Number = number;
        Plan = plan;
        AddedByOffice = addedByOffice;
    }

    internal void Assign(DateOnly on) => AssignedOn = on;

    public void Withdraw(string reason, string by, DateTimeOffset at)
    {
        WithdrawnAt = at;
        WithdrawnBy = by;
        WithdrawnReason = reason;
    }

    /// <summary>Supervised again (a re-import lists it once more).</summary>
    public void Restore() => (WithdrawnAt, WithdrawnBy, WithdrawnReason) = (null, null, null);

    /// <summary>The office's change of one task: only what it names changes; returns the names of the fields that changed.</summary>
    public IReadOnlyList<string> Change(TaskEdit edit)
    {
        var changed = new List<string>();
        if (edit.Text is { } text && text != Text) { Text = text; changed.Add("text"); }
        if (edit.Deadline is { } deadline && deadline != Deadline) { Deadline = deadline; changed.Add("deadline"); }
        if (edit.Leaders is { } leaders && ReplaceLeaders(leaders)) changed.Add("leaders");
        if (edit.LeadUnits is { } lead && ReplaceUnits(UnitRole.Lead, lead)) changed.Add("leadUnits");
        if (edit.ResponsibleUnits is { } responsible && ReplaceUnits(UnitRole.Responsible, responsible)) changed.Add("responsibleUnits");
        return changed;
    }

    public bool IsLedBy(Leader leader)
    {
        // A loop, not Any: 哪些任务滞后 asks it of every task of a 10,000-task plan.
        foreach (var l in _leaders)
            if (string.Equals(l.Leader.Name, leader.Name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether the unit answers for this task, as lead or responsible unit or through a collective.</summary>
    public bool Concerns(Unit unit) => _units.Any(u => u.Unit.Includes(unit));

    /// <summary>Brings the task in line with the document; returns the names of the fields that changed.</summary>
    /// <param name="keptDeadline">A deadline the office approved (延期) since, which wins over the document's.</param>
    public IReadOnlyList<string> Apply(TaskDraft draft, IReadOnlyList<Leader> leaders, IReadOnlyList<Unit> leadUnits,
        IReadOnlyList<Unit> responsibleUnits, DateOnly? keptDeadline = null)
    {
        var changed = new List<string>();
        if (Text != draft.Text) { Text = draft.Text; changed.Add("text"); }
        var deadline = keptDeadline ?? draft.Deadline;
        if (Deadline != deadline) { Deadline = deadline; changed.Add("deadline"); }
        if (Ongoing != draft.Ongoing) { Ongoing = draft.Ongoing; changed.Add("ongoing"); }
        if (Rhythm != draft.Rhythm) { Rhythm = draft.Rhythm; changed.Add("rhythm"); }
        if (Chapter != draft.Chapter) { Chapter = draft.Chapter; changed.Add("chapter"); }
        if (!InDateOrder(_milestones).SequenceEqual(InDateOrder(draft.Milestones)))
        {
            _milestones = [.. draft.Milestones];
            changed.Add("milestones");
        }
        if (ReplaceLeaders(leaders)) changed.Add("leaders");
        if (ReplaceUnits(UnitRole.Lead, leadUnits)) changed.Add("leadUnits");
        if (ReplaceUnits(UnitRole.Responsible, responsibleUnits)) changed.Add("responsibleUnits");
        return changed;
    }

    private bool ReplaceLeaders(IReadOnlyList<Leader> leaders)
    {
        if (_leaders.OrderBy(l => l.Position).Select(l => l.Leader.Name).SequenceEqual(leaders.Select(l => l.Name))) return false;
        _leaders = [.. leaders.Select((l, i) => new TaskLeader(l, i))];
        return true;
    }

    private bool ReplaceUnits(UnitRole role, IReadOnlyList<Unit> units)
    {
        if (UnitsIn(role).Select(u => u.Name).SequenceEqual(units.Select(u => u.Name))) return false;
        _units = [.. _units.Where(u => u.Role != role), .. units.Select((u, i) => new TaskUnit(u, role, i))];
        return true;
    }

    // A store need not return rows in the order they were written.
    private static IEnumerable<Milestone> InDateOrder(IEnumerable<Milestone> milestones) =>
        milestones.OrderBy(m => m.Date).ThenBy(m => m.Text, StringComparer.Ordinal);

    private IEnumerable<Unit> UnitsIn(UnitRole role) =>
        _units.Where(u => u.Role == role).OrderBy(u => u.Position).Select(u => u.Unit);
}
