using TaskBot.Domain.Leaders;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Plans;

/// <summary>A year's task decomposition plan (任务分解方案) and its numbered tasks.</summary>
public sealed class Plan
{
    private readonly List<TaskItem> _tasks = [];

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public int Year { get; private set; }

    /// <summary>The 旗 or 县 whose plan this is (鄂托克旗), from the document or given at import; its unit aliases apply.</summary>
    public string Organisation { get; private set; } = "";

    /// <summary>The reporting rhythm the document states (半月一报告: half months); null when it states none.</summary>
    public PeriodKind? Rhythm { get; private set; }

    /// <summary>Go-live: the day reporting on this plan began in TaskBot (its first import, or the day the office gave).</summary>
    public DateOnly? ReportingStartsOn { get; private set; }

    /// <summary>Kept for the record only: no reminders, never the current plan.</summary>
    public bool Archived { get; private set; }

    /// <summary>The year's plan, or a list the office keeps beside it (领导批示, 专项督查).</summary>
    public ListKind Kind { get; private set; }

    /// <summary>The office's name for a list beside the plan (领导批示); empty for the year's plan.</summary>
    public string ListName { get; private set; } = "";

    /// <summary>What a task's views say it is in (［领导批示］): null for the year's plan.</summary>
    public string? Label => Kind == ListKind.Plan ? null : ListName;

    /// <summary>The document the plan was last imported from.</summary>
    public string Source { get; private set; } = "";

    /// <summary>How many imports changed the plan (its tasks, or the units and leaders they name).</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<TaskItem> Tasks => _tasks;

    private Plan() { }

    public Plan(string title, int year)
    {
        Title = title;
        Year = year;
    }

    /// <summary>
    /// The office's terms for this import: go-live is the first import's day unless the office gives one;
    /// an archived plan stays archived only while it is imported as such.
    /// </summary>
    public void Adopt(PlanImportTerms terms, ImportReport report)
    {
        var before = (ReportingStartsOn, Archived, Kind, ListName);
        if (terms.List is { } list) (Kind, ListName) = (list.Kind, list.Name);
        if (terms.StartsOn is { } startsOn) ReportingStartsOn = startsOn;
        else ReportingStartsOn ??= terms.Today;
        Archived = terms.Archive;
        report.ReportingStartsOn = ReportingStartsOn;
        // An item of a list beside the plan (领导批示) is given with the list; a task a later import adds, on that day.
        if (Kind != ListKind.Plan || !report.PlanCreated)
        {
            var added = report.Added.ToHashSet();
            var on = report.PlanCreated ? ReportingStartsOn!.Value : terms.Today;
            foreach (var task in _tasks.Where(t => added.Contains(t.Number))) task.Assign(on);
        }
        if (!report.PlanCreated && before != (ReportingStartsOn, Archived, Kind, ListName)) Revision++;
    }

    /// <summary>The tasks this leader leads (牵头领导), in the list's order.</summary>
    public IReadOnlyList<TaskItem> TasksLedBy(Leader leader) => [.. _tasks.Where(t => t.IsLedBy(leader))];

    public TaskItem? Task(int number) => _tasks.FirstOrDefault(t => t.Number == number);

    /// <summary>
    /// Brings the plan in line with a version of its document: adds and updates tasks by number, withdraws those it
    /// no longer lists (their reports stay) and restores withdrawn ones it lists again, resolving units and leaders
    /// through the directories (which create what they do not know yet). A deadline the office approved since
    /// (<paramref name="approvedDeadlines"/>, by task number) wins over the document's, and the report says so.
    /// </summary>
    private const string WithdrawnByImport = "import";

    public ImportReport Apply(PlanDraft draft, UnitDirectory units, LeaderDirectory leaders, bool planCreated,
        IReadOnlyDictionary<int, DateOnly>? approvedDeadlines = null, DateTimeOffset now = default)
    {
        var report = new ImportReport { PlanTitle = Title, PlanYear = Year, PlanCreated = planCreated };
        // The rhythm decides missed periods and the organisation which aliases apply: caches must see them change.
        var terms = (Organisation, Rhythm);
        Source = draft.Source;
        Organisation = draft.Organisation;
        Rhythm = draft.Rhythm;
        // By number, not by Task(number): a search of the list for each of 10,000 tasks is quadratic.
        var byNumber = new Dictionary<int, TaskItem>();
        foreach (var task in _tasks) byNumber.TryAdd(task.Number, task);
        foreach (var taskDraft in draft.Tasks)
            ApplyTask(taskDraft, byNumber, units, leaders, report, approvedDeadlines?.TryGetValue(taskDraft.Number, out var d) == true ? d : null);
        var numbers = draft.Tasks.Select(t => t.Number).ToHashSet();
        foreach (var gone in _tasks.Where(t => !numbers.Contains(t.Number) && !t.Withdrawn && !t.AddedByOffice))
        {
            gone.Withdraw(draft.Source, WithdrawnByImport, now);
            report.Removed.Add(gone.Number);
        }
        if (report.ChangedAnything || terms != (Organisation, Rhythm)) Revision++;
        return report;
    }

    /// <summary>A task the office adds (新增任务): the next number after every task of the plan, withdrawn ones too.</summary>
    public TaskItem Add(TaskDraft draft, UnitDirectory units, LeaderDirectory leaders, DateOnly today)
    {
        var task = new TaskItem(_tasks.Select(t => t.Number).DefaultIfEmpty(0).Max() + 1, this, addedByOffice: true);
        task.Assign(today);
        var report = new ImportReport { PlanTitle = Title, PlanYear = Year };
        task.Apply(draft with { Number = task.Number },
            [.. draft.Leaders.Select(n => ResolveLeader(n, leaders, report)).Distinct()],
            ResolveUnits(draft.LeadUnits, units, report),
            ResolveUnits(draft.ResponsibleUnits, units, report));
        _tasks.Add(task);
        Revision++;
        return task;
    }

    /// <summary>The office changed one of the plan's tasks (修改任务, 撤销任务, an approved 延期): every cache reloads it.</summary>
    public void Touch() => Revision++;

    private void ApplyTask(TaskDraft draft, Dictionary<int, TaskItem> byNumber, UnitDirectory units, LeaderDirectory leaders, ImportReport report,
        DateOnly? approved)
    {
        var isNew = !byNumber.TryGetValue(draft.Number, out var task);
        if (task is null) _tasks.Add(byNumber[draft.Number] = task = new TaskItem(draft.Number, this));
        var kept = approved is { } a && a != draft.Deadline ? approved : null;
        if (kept is { } k) report.KeptDeadlines.Add((draft.Number, draft.Deadline, k));
        var changed = task.Apply(
            draft,
            [.. draft.Leaders.Select(n => ResolveLeader(n, leaders, report)).Distinct()],
            ResolveUnits(draft.LeadUnits, units, report),
            ResolveUnits(draft.ResponsibleUnits, units, report),
            kept);
        // A task the office withdrew stays withdrawn: only what an import withdrew comes back with the document.
        if (task.Withdrawn && task.WithdrawnBy != WithdrawnByImport) report.KeptWithdrawn.Add(draft.Number);
        else if (task.Withdrawn)
        {
            task.Restore();
            report.Restored.Add(draft.Number);
        }
        else if (isNew) report.Added.Add(draft.Number);
        else if (changed.Count > 0) report.Updated.Add(new TaskChange(draft.Number, changed));
        else report.Unchanged.Add(draft.Number);
    }

    private static Leader ResolveLeader(string name, LeaderDirectory leaders, ImportReport report)
    {
        if (leaders.Find(name) is { } known) return known;
        var leader = leaders.Resolve(name);
        report.LeadersCreated.Add(leader.Name);
        return leader;
    }

    private static List<Unit> ResolveUnits(IEnumerable<string> names, UnitDirectory units, ImportReport report)
    {
        var resolved = new List<Unit>();
        foreach (var name in names)
        {
            var r = units.Resolve(name);
            if (r.Created) report.UnitsCreated.Add(r.Unit.Name);
            if (r.ViaAlias || (r.AliasEntry is { } entry && entry != r.Unit.Name))
                report.AliasesMatched.Add((UnitName.Clean(name), r.ViaAlias ? r.Unit.Name : r.AliasEntry!));
            if (!resolved.Contains(r.Unit)) resolved.Add(r.Unit);
        }
        return resolved;
    }
}
