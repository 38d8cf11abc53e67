using System.Globalization;
using TaskBot.BotFramework.Schema;
using TaskBot.Words;
using TaskBot.Domain.Behind;
using TaskBot.Domain.People;
using TaskBot.Domain.Periods;
using TaskBot.Domain.Reminders;

namespace TaskBot.Reminders;

/// <summary>
/// How each reminder reads, in the words of dialogs/{locale}/reminders.yaml: a chat message, or text for a group robot.
/// A leader's digest carries its charts as pictures where the channel shows them.
/// </summary>
public sealed class ReminderMessages(BotText text, IDigestCharts? charts = null)
{
    public Activity ToActivity(Reminder reminder, string? locale, bool images = false)
    {
        var t = text.For(locale);
        var activity = Activity.CreateMessage(Body(t, reminder));
        activity.Locale = t.Locale;
        if (images && reminder.Kind == ReminderKind.Digest && reminder.Assessments.Count > 0 && charts is not null)
            activity.Attachments = [.. charts.Draw(reminder, t).Select(Picture)];
        if (reminder.Kind is ReminderKind.SupportRequest)
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [CardAction.ImBack(t.Say("reminders.reportButton", ("number", TaskText.Reference(reminder.Tasks[0]))))],
            };
        else if (reminder.Kind is ReminderKind.Weekly or ReminderKind.Nudge && reminder.Tasks.Count > 0)
            activity.SuggestedActions = new SuggestedActions
            {
                // 全部无变化 only when there is an earlier report to carry: with none, it could only say so.
                Actions = [.. reminder.Tasks.Take(MessageLimits.Buttons - (reminder.Carries ? 1 : 0))
                        .Select(task => CardAction.ImBack(t.Say("reminders.reportButton", ("number", TaskText.Reference(task))))),
                    .. reminder.Carries ? [CardAction.ImBack(t.Say("reminders.noChangeButton"))] : Array.Empty<CardAction>()],
            };
        if (reminder is { Kind: ReminderKind.CoordinationRequest, Coordination: { } item })
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. CoordinationText.Buttons(t, item, ToUnit(reminder)).Select(b => CardAction.ImBack(b.Title, b.Value))],
            };
        if (reminder is { Kind: ReminderKind.ExtensionRequested, Extension: { } request })
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [CardAction.ImBack(t.Say("extension.approveButton"), t.Say("extension.approveCommand", ("id", request.Id))),
                    CardAction.ImBack(t.Say("extension.refuseButton"), t.Say("extension.refuseCommand", ("id", request.Id)))],
            };
        if (reminder.Kind == ReminderKind.CompletionClaimed)
            activity.SuggestedActions = new SuggestedActions
            {
                Actions =
                [
                    CardAction.ImBack(t.Say("completion.closeButton"),
                        t.Say("completion.closeCommand", ("number", TaskText.Reference(reminder.Tasks[0])))),
                    CardAction.ImBack(t.Say("completion.returnButton"),
                        t.Say("completion.returnCommand", ("number", TaskText.Reference(reminder.Tasks[0])))),
                    CardAction.ImBack(t.Say("completion.detailButton"),
                        t.Say("completion.detailCommand", ("number", TaskText.Reference(reminder.Tasks[0])))),
                ],
            };
        return activity;
    }

    // Inline, so that the outbox carries the picture itself and a retry sends the same one.
    private static Attachment Picture((string Name, byte[] Png) chart) =>
        new() { ContentType = "image/png", ContentUrl = "data:image/png;base64," + Convert.ToBase64String(chart.Png), Name = chart.Name + ".png" };

    /// <summary>For a group: the same words, and how to answer (a group robot has no buttons).</summary>
    public string ToGroupText(Reminder reminder, string? locale)
    {
        var t = text.For(locale);
        var body = Body(t, reminder);
        return reminder.Kind is ReminderKind.Weekly or ReminderKind.Nudge && reminder.Tasks.Count > 0
            ? body + "\n\n" + t.Say(reminder.Carries ? "reminders.groupHint" : "reminders.groupHintFirst")
            : body;
    }

    public string KindName(ReminderKind kind, string? locale = null) => text.For(locale).Say($"reminders.kind{kind}");

    private static string Body(LocaleText t, Reminder r) => r.Kind switch
    {
        ReminderKind.Weekly => Weekly(t, r),
        ReminderKind.Nudge => t.Say("reminders.nudge", ("week", PeriodText.Label(t, r.Occasion)), ("unit", Markdown.Literal(r.Unit?.Name)),
            ("count", r.Tasks.Count), ("numbers", TaskText.NamedNumbers(t, r.Tasks))),
        ReminderKind.Escalation => t.Say("reminders.escalation", ("week", PeriodText.Label(t, r.Occasion)), ("unit", Markdown.Literal(r.Unit?.Name)),
            ("count", r.Tasks.Count), ("numbers", TaskText.NamedNumbers(t, r.Tasks))),
        ReminderKind.Digest => Digest(t, r),
        ReminderKind.Bulletin => BulletinText.Compose(t, r.Bulletin!),
        ReminderKind.Deadline => TaskNotice(t, "reminders.deadline", r),
        ReminderKind.Milestone => TaskNotice(t, "reminders.milestone", r),
        ReminderKind.Overdue => TaskNotice(t, "reminders.overdue", r),
        ReminderKind.SupportRequest => t.Say("reminders.supportRequest", ("lead", Markdown.Literal(r.Detail)),
            ("unit", Markdown.Literal(r.Unit?.Name)), ("number", r.Tasks[0].Number), ("title", TaskText.Title(r.Tasks[0])),
            ("period", PeriodText.Label(t, r.Occasion))),
        ReminderKind.SupportInput => SupportInput(t, r),
        ReminderKind.Undeliverable => t.Say("reminders.undeliverable", ("who", Markdown.Literal(r.Detail)),
            ("what", t.Say($"reminders.kind{r.About}")), ("error", t.Say($"reminders.error{r.Problem}"))),
        ReminderKind.BindingLockedOut =>
            t.Say("reminders.bindingLockedOut", ("who", Markdown.Literal(r.Detail)), ("count", BindingLockout.MaxFailures)),
        ReminderKind.CoordinationRequest => CoordinationText.Request(t, r.Coordination!, r.Tasks[0], r.Unit, ToUnit(r)),
        ReminderKind.CoordinationAnswer => CoordinationText.Answer(t, r.Coordination!, r.Tasks[0], r.Unit, r.Detail),
        ReminderKind.CompletionClaimed or ReminderKind.CompletionClosed or ReminderKind.CompletionReturned =>
            t.Say($"completion.{r.Kind.ToString()[10..].ToLowerInvariant()}",
                ("number", r.Tasks[0].Number), ("title", TaskText.Title(r.Tasks[0])), ("unit", Markdown.Literal(r.Unit?.Name)),
                ("by", Markdown.Literal(r.Detail)), ("reason", Markdown.Literal(r.Detail))),
        ReminderKind.ExtensionRequested or ReminderKind.ExtensionDecided => Extension(t, r),
        ReminderKind.QuotaExhausted => t.Say(r.Date is null ? "reminders.quotaExhausted" : "reminders.quotaExhaustedMonthly",
            ("channel", Platform(t, r.Detail)), ("resets", TaskText.Date(t, r.Date))),
        ReminderKind.ChannelWaiting => t.Say("reminders.channelWaiting", ("channel", Platform(t, r.Detail)),
            ("section", r.Detail == Channels.DingTalk.DingTalkChannel.ChannelId ? "DingTalk" : "WeCom")),
        _ => throw new ArgumentOutOfRangeException(nameof(r), r.Kind, null),
    };

    private static string Platform(LocaleText t, string? channelId) =>
        t.Say(channelId == Channels.DingTalk.DingTalkChannel.ChannelId ? "reminders.channelDingTalk" : "reminders.channelWeCom");

    private static string Weekly(LocaleText t, Reminder r)
    {
        (string, object?)[] args =
            [("week", PeriodText.Label(t, r.Occasion)), ("unit", Markdown.Literal(r.Unit?.Name)), ("count", r.Tasks.Count), ("reported", r.Reported)];
        if (r.Tasks.Count == 0) return t.Say("reminders.weeklyAllReported", args);
        var head = t.Say(r.Reported > 0 ? "reminders.weeklyPartly" : "reminders.weekly", args);
        return head + "\n\n" + TaskText.Lines(t, r.Tasks, task => t.Say(
            r.Supported.Contains(task.Number) ? "reminders.supportedTaskLine" : "reminders.taskLine",
            ("number", task.Number), ("title", TaskText.Title(task)), ("deadline", TaskText.Date(t, task.Deadline))));
    }

    private static string SupportInput(LocaleText t, Reminder r)
    {
        var input = r.Report!;
        var text = t.Say("reminders.supportInput", ("unit", Markdown.Literal(r.Unit?.Name)), ("number", r.Tasks[0].Number),
            ("title", TaskText.Title(r.Tasks[0])), ("status", TaskText.StatusAndCompletion(t, input)),
            ("progress", Markdown.Literal(input.Progress)));
        if (!TaskText.SaysNothing(t, input.Problems))
            text += "\n" + t.Say("reminders.supportInputProblems", ("problems", Markdown.Literal(input.Problems)));
        if (!TaskText.SaysNothing(t, input.Coordination))
            text += "\n" + t.Say("reminders.supportInputCoordination", ("coordination", Markdown.Literal(input.Coordination)));
        return text;
    }

    // A request handed to a unit (交办) is answered by that unit's reply, not by a leader's buttons.
    private static bool ToUnit(Reminder r) => r.Recipient.Member?.Role == MemberRole.UnitReporter;

    private static string Extension(LocaleText t, Reminder r)
    {
        var e = r.Extension!;
        var key = r.Kind == ReminderKind.ExtensionRequested ? "extension.requested" : e.Approved == true ? "extension.approved" : "extension.refused";
        return t.Say(key, ("id", e.Id), ("unit", Markdown.Literal(r.Unit?.Name)), ("number", e.TaskNumber), ("title", TaskText.Title(r.Tasks[0])),
            ("old", TaskText.Date(t, e.PreviousDeadline)), ("new", TaskText.Date(t, e.NewDeadline)), ("reason", Markdown.Literal(e.Reason)),
            ("late", e.Late ? t.Say("extension.late") : ""), ("by", Markdown.Literal(e.DecidedBy)),
            ("remark", e.Remark is { } remark ? t.Say("extension.remark", ("remark", Markdown.Literal(remark))) : ""));
    }

    // A digest speaks of the half-month up to its day (sent on the 16th: 7月上半月; on the 1st: the month before's second).
    private static string HalfMonthBefore(LocaleText t, string digestDay) =>
        DateOnly.TryParseExact(digestDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? PeriodText.Label(t, PeriodCalendar.Containing(day.AddDays(-1), PeriodKind.HalfMonth)) : digestDay;

    private static string Digest(LocaleText t, Reminder r)
    {
        var behind = r.Behind;
        (string, object?)[] args = [("period", HalfMonthBefore(t, r.Occasion)), ("count", r.Tasks.Count), ("behind", behind.Count),
            ("red", TaskText.RedAmong(t, behind)), ("today", TaskText.Date(t, r.Date))];
        var text = behind.Count == 0 ? t.Say("reminders.digestNone", args)
            : t.Say("reminders.digest", args) + "\n\n" + TaskText.BehindLines(t, behind);
        text += TaskText.AwaitingReviewLine(t, [.. r.Assessments.Where(a => a.AwaitingReview).Select(a => a.Task)]);
        return r.OpenCoordination.Count == 0 ? text
            : text + "\n\n" + t.Say("coordination.leaderHeader", ("count", r.OpenCoordination.Count)) + "\n"
                + CoordinationText.Lines(t, r.OpenCoordination);
    }

    private static string TaskNotice(LocaleText t, string key, Reminder r) =>
        t.Say(key, ("number", r.Tasks[0].Number), ("title", TaskText.Title(r.Tasks[0])), ("date", TaskText.Date(t, r.Date)),
            ("days", r.Days), ("milestone", Markdown.Literal(r.Milestone?.Text)));
}
