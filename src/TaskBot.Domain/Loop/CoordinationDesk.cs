using TaskBot.Domain.Leaders;
using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Loop;

/// <summary>
/// 需协调事项: a saved report's request becomes an item sent at once to the leaders it names (or the task's lead
/// leaders); their answers go back to the unit that asked; the item stays open until a leader or the office closes it.
/// </summary>
public sealed class CoordinationDesk(ICoordinationStore items, IPeopleStore people, IPlanReader plans, INoticeQueue notices,
    INoneAnswer none, LocalClock clock) : IReportFollowUp
{
    public async Task FollowUpAsync(Viewer reporter, TaskItem task, ProgressReport report, CancellationToken cancellationToken)
    {
        if (none.IsNone(report.Coordination) || reporter.Unit is not { } unit) return;
        await RaiseAsync(unit, task, report.Coordination.Trim(), report.Id, report.ReportedBy, cancellationToken);
    }

    /// <summary>
    /// A request sent on its own, without a report ("需要协调：资金缺口200万…"): it reaches the leaders as a report's would.
    /// Null when the unit's same request on the task is still open.
    /// </summary>
    public Task<CoordinationItem?> RaiseAsync(Viewer unit, TaskItem task, string text, CancellationToken cancellationToken) =>
        unit.MayReportOn(task) && unit.Unit is { } u
            ? RaiseAsync(u, task, text.Trim(), CoordinationItem.RaisedAlone, unit.Signature, cancellationToken)
            : throw new UnauthorizedAccessException($"member {unit.Member.Id} may not raise a request on task {task.Number}");

    /// <summary>Who a request would go to: the leaders it names, else the task's lead leaders.</summary>
    public async Task<IReadOnlyList<Leader>> AddresseesAsync(TaskItem task, string text, CancellationToken cancellationToken) =>
        Addressees(text, task, await plans.OpenListsAsync(cancellationToken));

    private async Task<CoordinationItem?> RaiseAsync(Unit unit, TaskItem task, string text, int reportId, string raisedBy,
        CancellationToken cancellationToken)
    {
        // A report carrying last period's request unchanged (无变化, 同上期) while it is open asks nothing new of the leaders.
        if (await items.IsOpenAsync(task.Id, unit.Id, text, cancellationToken)) return null;
        var leaders = await AddresseesAsync(task, text, cancellationToken);
        var item = new CoordinationItem(task.Id, task.Number, unit.Id, reportId, text, leaders.Select(l => l.Id), raisedBy, clock.UtcNow);
        await items.AddAsync(item, cancellationToken);
        var members = await people.MembersAsync(cancellationToken);
        var ids = item.LeaderIds.ToHashSet();
        var to = members.Where(m => m.Role == MemberRole.Leader && m.LeaderId is { } l && ids.Contains(l));
        await notices.QueueAsync([.. to.Select(m => Notice(ReminderKind.CoordinationRequest, item, task, unit, m, "raised"))], cancellationToken);
        return item;
    }

    /// <summary>A leader's (or the office's, or the assigned unit's) answer, passed on to those it concerns.</summary>
    public async Task<CoordinationOutcome> AnswerAsync(Viewer viewer, int id, CoordinationAction action, string? text, Unit? assignee,
        CancellationToken cancellationToken)
    {
        if (await items.FindAsync(id, cancellationToken) is not { } item || !MayAnswer(viewer, item, action)) return CoordinationOutcome.NotFound;
        if (!item.IsOpen) return CoordinationOutcome.AlreadyClosed;
        if (Repeats(item, viewer, action, text, assignee)) return CoordinationOutcome.Recorded;
        var now = clock.UtcNow;
        item.Record(action, text, assignee?.Id, viewer.AnswersAs, now);
        await items.UpdateAsync(item, cancellationToken);
        await TellAsync(item, action, assignee, now, cancellationToken);
        return CoordinationOutcome.Recorded;
    }

    // The same answer sent twice (a double tap, a resent message) is recorded and told once.
    private static bool Repeats(CoordinationItem item, Viewer viewer, CoordinationAction action, string? text, Unit? assignee) =>
        item.LastAction == action && item.AnsweredBy == viewer.AnswersAs && (text is not { Length: > 0 } || item.Answer == text)
        && (action != CoordinationAction.Assign || item.AssignedUnitId == assignee?.Id);

    /// <summary>The item, when this person may give this answer to it.</summary>
    public async Task<CoordinationItem?> FindForAsync(Viewer viewer, int id, CoordinationAction action, CancellationToken cancellationToken) =>
        await items.FindAsync(id, cancellationToken) is { } item && MayAnswer(viewer, item, action) ? item : null;

    /// <summary>The single unit of that name (旗水利局 = 水利局), for 交办.</summary>
    public async Task<Unit?> FindUnitAsync(string name, CancellationToken cancellationToken)
    {
        var key = UnitName.Key(name);
        return (await plans.UnitsAsync(cancellationToken)).FirstOrDefault(u => !u.IsCollective && UnitName.Key(u.Name) == key);
    }

    /// <summary>The open items a person has to do with: a leader's own, a unit's (asked or handed to it), the office all; oldest first.</summary>
    public Task<IReadOnlyList<OpenCoordination>> OpenForAsync(Viewer viewer, CancellationToken cancellationToken) =>
        OpenAsync(i => Concerns(viewer, i), cancellationToken);

    /// <summary>Every open item, oldest first: the office's 通报 lists them all.</summary>
    public Task<IReadOnlyList<OpenCoordination>> OpenAllAsync(CancellationToken cancellationToken) => OpenAsync(_ => true, cancellationToken);

    private async Task<IReadOnlyList<OpenCoordination>> OpenAsync(Func<CoordinationItem, bool> concerns, CancellationToken cancellationToken)
    {
        var open = (await items.OpenAsync(cancellationToken)).Where(concerns).ToList();
        if (open.Count == 0) return [];
        // A withdrawn task leaves every list, its open items with it (the plan's tasks are those not withdrawn).
        var tasks = (await plans.OpenListsAsync(cancellationToken)).SelectMany(l => l.Tasks).ToDictionary(t => t.Id);
        var units = (await plans.UnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return [.. open.Where(i => tasks.ContainsKey(i.TaskItemId)).Select(i =>
            new OpenCoordination(i, tasks[i.TaskItemId], units.GetValueOrDefault(i.UnitId), i.AgeDays(clock.Today, clock.Zone)))];
    }

    /// <summary>The open items this person may give this answer to ("批示 …" with no item number), oldest first.</summary>
    public async Task<IReadOnlyList<OpenCoordination>> OpenToAnswerAsync(Viewer viewer, CoordinationAction action,
        CancellationToken cancellationToken) =>
        [.. (await OpenForAsync(viewer, cancellationToken)).Where(o => MayAnswer(viewer, o.Item, action))];

    private static bool Concerns(Viewer viewer, CoordinationItem item) => viewer.Member.Role switch
    {
        MemberRole.Office => true,
        MemberRole.Leader => viewer.Leader is { } l && item.LeaderIds.Contains(l.Id),
        _ => viewer.Unit is { } u && (item.UnitId == u.Id || item.AssignedUnitId == u.Id),
    };

    private static bool MayAnswer(Viewer viewer, CoordinationItem item, CoordinationAction action) => viewer.Member.Role switch
    {
        MemberRole.Office => action != CoordinationAction.Reply,
        MemberRole.Leader => action != CoordinationAction.Reply && Concerns(viewer, item),
        _ => action == CoordinationAction.Reply && viewer.Unit is { } u && item.AssignedUnitId == u.Id,
    };

    private async Task TellAsync(CoordinationItem item, CoordinationAction action, Unit? assignee, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        if (await plans.OpenTaskAsync(item.TaskItemId, cancellationToken) is not { } task) return;
        var asking = await plans.UnitAsync(item.UnitId, cancellationToken);
        var members = await people.MembersAsync(cancellationToken);
        var subject = $"{action}:{at.ToUnixTimeMilliseconds()}";
        var to = members.Where(m => m.Role == MemberRole.UnitReporter && m.UnitId == item.UnitId).ToList();
        var assignedTo = action == CoordinationAction.Assign && assignee is not null
            ? members.Where(m => m.Role == MemberRole.UnitReporter && m.UnitId == assignee.Id) : [];
        var office = action == CoordinationAction.ToOffice ? members.Where(m => m.Role == MemberRole.Office) : [];
        var leaders = action == CoordinationAction.Reply
            ? members.Where(m => m.Role == MemberRole.Leader && m.LeaderId is { } l && item.LeaderIds.Contains(l)) : [];
        await notices.QueueAsync([
            .. to.Concat(leaders)
                .Select(m => Notice(ReminderKind.CoordinationAnswer, item, task, asking, m, subject) with { Detail = assignee?.Name }),
            .. assignedTo.Concat(office).Select(m => Notice(ReminderKind.CoordinationRequest, item, task, asking, m, subject)),
        ], cancellationToken);
    }

    private static Reminder Notice(ReminderKind kind, CoordinationItem item, TaskItem task, Unit? unit, Member to, string subject) =>
        new(kind, $"coordination:{item.Id}", subject, ReminderRecipient.Person(to)) { Tasks = [task], Unit = unit, Coordination = item };

    // "请柳天云副旗长协调…" goes to 柳天云; a request naming nobody goes to the task's lead leaders.
    private static IReadOnlyList<Leader> Addressees(string text, TaskItem task, IReadOnlyList<Plan> lists)
    {
        var known = lists.SelectMany(l => l.Tasks).SelectMany(t => t.LeadLeaders).Concat(task.LeadLeaders).DistinctBy(l => l.Id);
        var named = known.Where(l => l.Name.Length > 0 && text.Contains(l.Name, StringComparison.Ordinal)).ToList();
        return named.Count > 0 ? named : [.. task.LeadLeaders];
    }
}
