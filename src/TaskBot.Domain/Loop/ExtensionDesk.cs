using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Supervision;

namespace TaskBot.Domain.Loop;

/// <summary>
/// 延期: a unit's request goes to the office (and, when set, the task's lead leaders); an approval moves the deadline,
/// which the reminders and the behind rules then follow; the unit is told either way.
/// </summary>
public sealed class ExtensionDesk(IExtensionStore requests, IPeopleStore people, IPlanReader plans, INoticeQueue notices,
    SupervisionOptions options, LocalClock clock, AssessmentProjection? projection = null)
{
    public async Task<ExtensionRequest> RequestAsync(Viewer unit, TaskItem task, DateOnly newDeadline, string reason,
        CancellationToken cancellationToken)
    {
        if (!unit.MayReport || !unit.LeadsTask(task))
            throw new UnauthorizedAccessException($"member {unit.Member.Id} may not ask to extend task {task.Number}");
        // The same request sent twice (a double tap, a resent message) is the request still waiting, asked of no one again.
        if ((await requests.ForTaskAsync(task.Id, cancellationToken)).FirstOrDefault(r => r.Approved is null
            && r.UnitId == unit.Unit!.Id && r.NewDeadline == newDeadline && r.Reason == reason) is { } waiting)
            return waiting;
        var late = task.Deadline is { } d && d < clock.Today;
        var request = new ExtensionRequest(task.Id, task.Number, unit.Unit!.Id, unit.Signature, clock.UtcNow,
            task.Deadline, newDeadline, reason, late);
        await requests.AddAsync(request, cancellationToken);
        var members = await people.MembersAsync(cancellationToken);
        var to = members.Where(m => m.Role == MemberRole.Office
            || options.ExtensionsToLeaders && m.Role == MemberRole.Leader && task.Leaders.Any(l => l.Leader.Id == m.LeaderId));
        await notices.QueueAsync([.. to.Select(m => Notice(ReminderKind.ExtensionRequested, request, task, unit.Unit, m))], cancellationToken);
        return request;
    }

    /// <summary>The request, when this person may decide it: the office, or (when set) a lead leader of the task.</summary>
    public async Task<ExtensionRequest?> FindForAsync(Viewer viewer, int id, CancellationToken cancellationToken)
    {
        if (await requests.FindAsync(id, cancellationToken) is not { } request) return null;
        if (viewer.Member.Role == MemberRole.Office) return request;
        return MayDecide(viewer, await plans.OpenTaskAsync(request.TaskItemId, cancellationToken)) ? request : null;
    }

    /// <summary>The requests waiting for this person's decision, on tasks not withdrawn, oldest first.</summary>
    public async Task<IReadOnlyList<ExtensionRequest>> PendingForAsync(Viewer viewer, CancellationToken cancellationToken)
    {
        var pending = await requests.PendingAsync(cancellationToken);
        if (pending.Count == 0) return [];
        var tasks = (await plans.OpenListsAsync(cancellationToken)).SelectMany(l => l.Tasks).ToDictionary(t => t.Id);
        return [.. pending.Where(r => tasks.TryGetValue(r.TaskItemId, out var task) && MayDecide(viewer, task))];
    }

    private bool MayDecide(Viewer viewer, TaskItem? task) => task is not null && (viewer.Member.Role == MemberRole.Office
        || options.ExtensionsToLeaders && viewer.Leader is { } l && task.IsLedBy(l));

    /// <summary>Approves (the deadline moves) or refuses; false when it was decided already.</summary>
    public async Task<bool> DecideAsync(Viewer viewer, ExtensionRequest request, bool approve, string? remark, CancellationToken cancellationToken)
    {
        if (request.Approved is not null) return false;
        // A request left over beside one already approved for the same date changes nothing: the unit was told then.
        var moot = approve && (await plans.OpenTaskAsync(request.TaskItemId, cancellationToken))?.Deadline == request.NewDeadline;
        request.Decide(approve, remark, viewer.AnswersAs, clock.UtcNow);
        await requests.DecideAsync(request, cancellationToken);
        if (approve && projection is not null) await projection.PlanChangedAsync(request.TaskItemId, cancellationToken);
        var task = await plans.OpenTaskAsync(request.TaskItemId, cancellationToken);
        if (task is null || moot) return true;
        var unit = await plans.UnitAsync(request.UnitId, cancellationToken);
        var to = (await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.UnitReporter && m.UnitId == request.UnitId);
        await notices.QueueAsync([.. to.Select(m => Notice(ReminderKind.ExtensionDecided, request, task, unit, m))], cancellationToken);
        return true;
    }

    /// <summary>The task's deadline changes, oldest first (see <see cref="DeadlineChanges"/>).</summary>
    public async Task<IReadOnlyList<ExtensionRequest>> HistoryAsync(TaskItem task, CancellationToken cancellationToken) =>
        DeadlineChanges.Of(await requests.ForTaskAsync(task.Id, cancellationToken));

    private static Reminder Notice(ReminderKind kind, ExtensionRequest request, TaskItem task, Units.Unit? unit, Member to) =>
        new(kind, $"extension:{request.Id}", kind.ToString(), ReminderRecipient.Person(to)) { Tasks = [task], Unit = unit, Extension = request };
}
