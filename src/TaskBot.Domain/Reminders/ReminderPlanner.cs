using System.Globalization;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Supervision;
using TaskBot.Domain.Units;

namespace TaskBot.Domain.Reminders;

/// <summary>
/// Derives the reminders owed right now from the plan, its reports and who is bound. Deriving twice gives the same
/// reminders with the same keys; what was already queued is left out by the outbox, not here.
/// </summary>
public sealed class ReminderPlanner(ReminderSchedule schedule, TaskSupervision supervision, LocalClock clock)
{
    /// <summary>
    /// 每周调度: one message per reachable person (and group) of each unit that owes reports on open tasks, listing
    /// those not yet reported this period (or saying all are). Tasks it only supports are left out unless it was asked.
    /// </summary>
    public IReadOnlyList<Reminder> Weekly(TaskProgress progress, Roster roster, bool now = false)
    {
        if (!now && !schedule.WeeklyDue(clock.Now.DateTime)) return [];
        var week = ReminderSchedule.Week(clock.Today).Key;
        return [.. from unit in roster.Units
                   let owed = supervision.Owed(progress, unit)
                   where owed.Count > 0
                   let due = supervision.Due(progress, unit)
                   from recipient in roster.Reach(unit)
                   select new Reminder(ReminderKind.Weekly, week, UnitSubject(unit), recipient)
                   {
                       Tasks = due, Unit = unit, Reported = owed.Count - due.Count, Carries = Carries(progress, due, unit),
                       Supported = [.. due.Where(t => !progress.IsLedBy(t, unit)).Select(t => t.Number)],
                   }];
    }

    private static bool Carries(TaskProgress progress, IEnumerable<TaskItem> tasks, Unit unit) =>
        tasks.Any(t => progress.LatestBy(t, unit.Id) is not null);

    /// <summary>
    /// 催报: units still missing reports at a check get one nudge a week; a unit nudged at an earlier check and still
    /// missing is reported to the leaders of the missing tasks. <paramref name="nudged"/>: unit id → day of its nudge this week.
    /// </summary>
    public IReadOnlyList<Reminder> Escalation(TaskProgress progress, Roster roster, IReadOnlyDictionary<int, DateOnly> nudged, bool now = false)
    {
        var check = schedule.LastEscalationCheck(clock.Now.DateTime);
        if (check is null && !now) return [];
        var week = ReminderSchedule.Week(clock.Today).Key;
        var reminders = new List<Reminder>();
        foreach (var (unit, tasks) in supervision.UnreportedTasks(progress))
        {
            if (!nudged.TryGetValue(unit.Id, out var nudgedOn))
                reminders.AddRange(roster.Reach(unit).Select(r => new Reminder(ReminderKind.Nudge, week, UnitSubject(unit), r)
                    { Tasks = tasks, Unit = unit, Carries = Carries(progress, tasks, unit) }));
            else if (nudgedOn < clock.Today)
                reminders.AddRange(from leader in tasks.SelectMany(roster.LeadersOf).DistinctBy(l => l.Member.Id)
                                   select new Reminder(ReminderKind.Escalation, week, UnitSubject(unit), ReminderRecipient.Person(leader.Member))
                                   { Tasks = [.. tasks.Where(t => t.IsLedBy(leader.Leader!))], Unit = unit });
        }
        return reminders;
    }

    /// <summary>半月通报: each leader gets their tasks' state; the office gets the bulletin. The occasion is the latest digest day.</summary>
    public IReadOnlyList<Reminder> Digest(TaskProgress progress, Roster roster)
    {
        var occasion = Day(schedule.LatestDigestDay(clock.Now.DateTime));
        var leaders = from leader in roster.Leaders
                      let tasks = progress.Tasks.Where(t => t.IsLedBy(leader.Leader!)).OrderBy(t => t.Number).ToList()
                      where tasks.Count > 0
                      select new Reminder(ReminderKind.Digest, occasion, "leader", ReminderRecipient.Person(leader.Member))
                      { Tasks = tasks, Assessments = [.. tasks.Select(t => supervision.Assess(progress, t))], Date = clock.Today };
        var bulletin = supervision.Bulletin(progress);
        var office = roster.Office.Select(o =>
            new Reminder(ReminderKind.Bulletin, occasion, "bulletin", ReminderRecipient.Person(o.Member)) { Bulletin = bulletin });
        return [.. leaders, .. office];
    }

    /// <summary>
    /// Deadline and milestone notices due today (30, 7 and 1 days before, by default) to the units concerned, and the
    /// overdue notice the day after a missed deadline, to the units and the task's leaders. Yesterday's are stale.
    /// </summary>
    public IReadOnlyList<Reminder> Deadlines(TaskProgress progress, Roster roster, bool now = false)
    {
        if (!now && !schedule.DeadlineNoticesDue(clock.Now.DateTime)) return [];
        var today = clock.Today;
        var reminders = new List<Reminder>();
        foreach (var task in progress.Tasks.Where(t => !progress.IsDone(t)).OrderBy(t => t.Number))
        {
            var units = roster.Units.Where(u => supervision.Owes(progress, task, u)).ToList();
            if (task.Deadline is { } deadline)
            {
                foreach (var days in schedule.DaysBeforeDeadline.Where(d => deadline.AddDays(-d) == today))
                    reminders.AddRange(ToUnits(units, ReminderKind.Deadline, $"{Day(deadline)}-{days}", task, deadline, days, roster));
                if (!task.Ongoing && today == deadline.AddDays(1))
                    reminders.AddRange(Overdue(task, deadline, units, roster));
            }
            foreach (var milestone in task.Milestones.DistinctBy(m => m.Date))
                foreach (var days in schedule.DaysBeforeDeadline.Where(d => milestone.Date.AddDays(-d) == today))
                    reminders.AddRange(ToUnits(units, ReminderKind.Milestone, $"{Day(milestone.Date)}-{days}", task, milestone.Date, days, roster)
                        .Select(r => r with { Milestone = milestone }));
        }
        return reminders;
    }

    private static IEnumerable<Reminder> Overdue(TaskItem task, DateOnly deadline, IReadOnlyList<Unit> units, Roster roster) =>
        ToUnits(units, ReminderKind.Overdue, Day(deadline), task, deadline, 1, roster)
            .Concat(roster.LeadersOf(task).Select(l =>
                new Reminder(ReminderKind.Overdue, Day(deadline), TaskSubject(task), ReminderRecipient.Person(l.Member))
                    { Tasks = [task], Date = deadline, Days = 1 }));

    private static IEnumerable<Reminder> ToUnits(IEnumerable<Unit> units, ReminderKind kind, string occasion, TaskItem task, DateOnly date, int days,
        Roster roster) =>
        from unit in units
        from recipient in roster.Reach(unit)
        select new Reminder(kind, occasion, TaskSubject(task), recipient) { Tasks = [task], Unit = unit, Date = date, Days = days };

    private const string UnitPrefix = "unit:";

    public static string UnitSubject(Unit unit) => UnitPrefix + unit.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The unit a reminder's subject names, or null when it is about a task or a digest.</summary>
    public static int? UnitOf(string subject) =>
        subject.StartsWith(UnitPrefix, StringComparison.Ordinal) ? int.Parse(subject[UnitPrefix.Length..], CultureInfo.InvariantCulture) : null;
    /// <summary>What a reminder about one task is about: its number, and its list when that is not the year's plan.</summary>
    public static string TaskSubject(TaskItem task) =>
        task.Plan?.Label is null ? $"task:{task.Number}" : $"task:{task.PlanId}:{task.Number}";
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
