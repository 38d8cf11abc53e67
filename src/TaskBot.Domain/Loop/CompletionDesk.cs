using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reminders;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;

namespace TaskBot.Domain.Loop;

/// <summary>
/// 办结销号: a lead unit's 已完成 becomes 已完成（待核）; the office closes it on record (销号) or sends it back (退回)
/// with a reason, which takes the claim off the record (kept as history) so the task is open again.
/// </summary>
public sealed class CompletionDesk(ICompletionReviewStore reviews, IReportStore reports, IPeopleStore people, IPlanReader plans,
    INoticeQueue notices, SupervisionOptions options, LocalClock clock, AssessmentProjection? projection = null) : IReportFollowUp
{
    public async Task FollowUpAsync(Viewer reporter, TaskItem task, ProgressReport report, CancellationToken cancellationToken)
    {
        if (!options.CompletionNeedsReview || report.Status != ReportStatus.Done || !reporter.LeadsTask(task)) return;
        if ((await reviews.LatestAsync(task.Id, cancellationToken))?.State == CompletionState.Pending) return;
        var review = new CompletionReview(task.Id, task.Number, reporter.Unit!.Id, report.Id, report.ReportedBy, clock.UtcNow);
        await reviews.AddAsync(review, cancellationToken);
        var office = (await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.Office);
        await notices.QueueAsync([.. office.Select(m => Notice(ReminderKind.CompletionClaimed, review, task, reporter.Unit, m))], cancellationToken);
    }

    /// <summary>The task's pending review, for the task detail and the office's decision.</summary>
    public Task<CompletionReview?> LatestAsync(TaskItem task, CancellationToken cancellationToken) => reviews.LatestAsync(task.Id, cancellationToken);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, clock.Zone).DateTime);

    /// <summary>待销号: the completions waiting for the office, oldest first, on tasks still in the plan.</summary>
    public async Task<IReadOnlyList<PendingCompletion>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = await reviews.PendingAsync(cancellationToken);
        if (pending.Count == 0) return [];
        var tasks = (await plans.OpenListsAsync(cancellationToken)).SelectMany(l => l.Tasks).ToDictionary(t => t.Id);
        var units = (await plans.UnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return [.. pending.Where(r => tasks.ContainsKey(r.TaskItemId)).Select(r => new PendingCompletion(r, tasks[r.TaskItemId],
            units.GetValueOrDefault(r.UnitId), clock.Today.DayNumber - LocalDate(r.ClaimedAt).DayNumber))];
    }

    /// <summary>销号 or 退回 (with a reason) by the office; false when the task has no completion waiting.</summary>
    public async Task<bool> ReviewAsync(Viewer office, TaskItem task, CompletionState outcome, string? reason, CancellationToken cancellationToken)
    {
        if (office.Member.Role != MemberRole.Office) throw new UnauthorizedAccessException("only the office reviews completions");
        if (await reviews.LatestAsync(task.Id, cancellationToken) is not { State: CompletionState.Pending } review) return false;
        review.Review(outcome, reason, office.Signature, clock.UtcNow);
        await reviews.UpdateAsync(review, cancellationToken);
        if (outcome == CompletionState.Returned)
        {
            await reports.WithdrawAsync(review.ReportId, cancellationToken);
            if (projection is not null) await projection.RefreshAsync(task, cancellationToken);
        }
        var unit = await plans.UnitAsync(review.UnitId, cancellationToken);
        var to = (await people.MembersAsync(cancellationToken)).Where(m => m.Role == MemberRole.UnitReporter && m.UnitId == review.UnitId);
        var kind = outcome == CompletionState.Closed ? ReminderKind.CompletionClosed : ReminderKind.CompletionReturned;
        await notices.QueueAsync([.. to.Select(m => Notice(kind, review, task, unit, m))], cancellationToken);
        return true;
    }

    private static Reminder Notice(ReminderKind kind, CompletionReview review, TaskItem task, Units.Unit? unit, Member to) =>
        new(kind, $"completion:{review.Id}", kind.ToString(), ReminderRecipient.Person(to))
            { Tasks = [task], Unit = unit, Detail = kind == ReminderKind.CompletionClaimed ? review.ClaimedBy : review.Reason };
}
