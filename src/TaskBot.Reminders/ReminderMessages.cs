using TaskBot.BotFramework.Schema;
using TaskBot.Words;
using TaskBot.Domain.Behind;
using TaskBot.Domain.People;
using TaskBot.Domain.Reminders;

namespace TaskBot.Reminders;

/// <summary>How each reminder reads, in the words of dialogs/{locale}/reminders.yaml: a chat message, or text for a group robot.</summary>
public sealed class ReminderMessages(BotText text)
{
    public Activity ToActivity(Reminder reminder, string? locale)
    {
        var t = text.For(locale);
        var activity = Activity.CreateMessage(Body(t, reminder));
        activity.Locale = t.Locale;
        if (reminder.Kind is ReminderKind.SupportRequest)
            activity.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack(t.Say("reminders.reportButton", ("number", reminder.Tasks[0].Number)))] };
        else if (reminder.Kind is ReminderKind.Weekly or ReminderKind.Nudge && reminder.Tasks.Count > 0)
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. reminder.Tasks.Take(MessageLimits.Buttons - 1).Select(task => CardAction.ImBack(t.Say("reminders.reportButton", ("number", task.Number)))),
                    CardAction.ImBack(t.Say("reminders.noChangeButton"))],
            };
        return activity;
    }

    /// <summary>For a group: the same words, and how to answer (a group robot has no buttons).</summary>
    public string ToGroupText(Reminder reminder, string? locale)
    {
        var t = text.For(locale);
        var body = Body(t, reminder);
        return reminder.Kind is ReminderKind.Weekly or ReminderKind.Nudge && reminder.Tasks.Count > 0 ? body + "\n\n" + t.Say("reminders.groupHint") : body;
    }

    public string KindName(ReminderKind kind, string? locale = null) => text.For(locale).Say($"reminders.kind{kind}");

    private static string Body(LocaleText t, Reminder r) => r.Kind switch
    {
        ReminderKind.Weekly => Weekly(t, r),
        ReminderKind.Nudge => t.Say("reminders.nudge", ("week", PeriodText.Label(t, r.Occasion)), ("unit", Markdown.Literal(r.Unit?.Name)), ("count", r.Tasks.Count), ("numbers", TaskText.Numbers(t, r.Tasks))),
        ReminderKind.Escalation => t.Say("reminders.escalation", ("week", PeriodText.Label(t, r.Occasion)), ("unit", Markdown.Literal(r.Unit?.Name)), ("count", r.Tasks.Count), ("numbers", TaskText.Numbers(t, r.Tasks))),
        ReminderKind.Digest => Digest(t, r),
        ReminderKind.Bulletin => BulletinText.Compose(t, r.Bulletin!),
        ReminderKind.Deadline => TaskNotice(t, "reminders.deadline", r),
        ReminderKind.Milestone => TaskNotice(t, "reminders.milestone", r),
        ReminderKind.Overdue => TaskNotice(t, "reminders.overdue", r),
        ReminderKind.SupportRequest => t.Say("reminders.supportRequest", ("lead", Markdown.Literal(r.Detail)), ("unit", Markdown.Literal(r.Unit?.Name)),
            ("number", r.Tasks[0].Number), ("title", TaskText.Title(r.Tasks[0])), ("period", r.Occasion)),
        ReminderKind.SupportInput => SupportInput(t, r),
        ReminderKind.Undeliverable => t.Say("reminders.undeliverable", ("who", Markdown.Literal(r.Detail)), ("what", t.Say($"reminders.kind{r.About}")),
            ("error", t.Say($"reminders.error{r.Problem}"))),
        ReminderKind.BindingLockedOut => t.Say("reminders.bindingLockedOut", ("who", Markdown.Literal(r.Detail)), ("count", BindingLockout.MaxFailures)),
        ReminderKind.QuotaExhausted => t.Say("reminders.quotaExhausted", ("channel", t.Say(r.Detail == Channels.DingTalk.DingTalkChannel.ChannelId
            ? "reminders.channelDingTalk" : "reminders.channelWeCom"))),
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, null),
    };

    private static string Weekly(LocaleText t, Reminder r)
    {
        (string, object?)[] args = [("week", PeriodText.Label(t, r.Occasion)), ("unit", Markdown.Literal(r.Unit?.Name)), ("count", r.Tasks.Count), ("reported", r.Reported)];
        if (r.Tasks.Count == 0) return t.Say("reminders.weeklyAllReported", args);
        var head = t.Say(r.Reported > 0 ? "reminders.weeklyPartly" : "reminders.weekly", args);
        return head + "\n\n" + TaskText.Lines(t, r.Tasks, task => t.Say(r.Supported.Contains(task.Number) ? "reminders.supportedTaskLine" : "reminders.taskLine",
            ("number", task.Number), ("title", TaskText.Title(task)), ("deadline", TaskText.Date(t, task.Deadline))));
    }

    private static string SupportInput(LocaleText t, Reminder r)
    {
        var input = r.Report!;
        var text = t.Say("reminders.supportInput", ("unit", Markdown.Literal(r.Unit?.Name)), ("number", r.Tasks[0].Number), ("title", TaskText.Title(r.Tasks[0])),
            ("status", TaskText.Status(t, input.Status)), ("completion", TaskText.Completion(input)), ("progress", Markdown.Literal(input.Progress)));
        if (!t.Hears("tasks.nothing", input.Problems)) text += "\n" + t.Say("reminders.supportInputProblems", ("problems", Markdown.Literal(input.Problems)));
        if (!t.Hears("tasks.nothing", input.Coordination)) text += "\n" + t.Say("reminders.supportInputCoordination", ("coordination", Markdown.Literal(input.Coordination)));
        return text;
    }

    private static string Digest(LocaleText t, Reminder r)
    {
        var behind = r.Behind;
        (string, object?)[] args = [("date", r.Occasion), ("count", r.Tasks.Count), ("behind", behind.Count),
            ("red", behind.Count(a => a.Light == Light.Red)), ("today", TaskText.Date(t, r.Date))];
        return behind.Count == 0 ? t.Say("reminders.digestNone", args) : t.Say("reminders.digest", args) + "\n\n" + TaskText.BehindLines(t, behind);
    }

    private static string TaskNotice(LocaleText t, string key, Reminder r) =>
        t.Say(key, ("number", r.Tasks[0].Number), ("title", TaskText.Title(r.Tasks[0])), ("date", TaskText.Date(t, r.Date)),
            ("days", r.Days), ("milestone", Markdown.Literal(r.Milestone?.Text)));
}
