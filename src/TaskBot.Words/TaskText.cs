using System.Globalization;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Words;

/// <summary>How tasks, reports and reasons read in a message, in the words of dialogs/{locale}/tasks.yaml.</summary>
public static class TaskText
{
    /// <summary>The task's title (<see cref="TaskTitle"/>), as literal text.</summary>
    public static string Title(TaskItem task, int length = 28) => ListTag(task) + Markdown.Literal(TaskTitle.Of(task.Text, length));

    /// <summary>The task as a command names it (汇报 领导批示1): its number, after its list's name when it is not the year's plan.</summary>
    public static string Reference(TaskItem task) => (task.Plan?.Label ?? "") + task.Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Which list a task is in (［领导批示］) when it is not the year's plan: every view of it says so.</summary>
    public static string ListTag(TaskItem task) => ListLabel(task) is { Length: > 0 } label ? Markdown.Literal(label) : "";

    /// <summary>The list a task of a list beside the plan is in, as plain text (［领导批示］); empty for the plan's own.</summary>
    public static string ListLabel(TaskItem task) => task.Plan?.Label is { } list ? $"［{list}］" : "";

    /// <summary>Names joined the locale's way (、 or ", "), each as literal text; a dash when there are none.</summary>
    public static string List(LocaleText text, IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count == 0 ? text.Say("tasks.emptyList") : string.Join(text.Say("tasks.listSeparator"), all.Select(Markdown.Literal));
    }

    public static string Status(LocaleText text, ReportStatus status) => text.Say($"tasks.status{status}");

    public static string Light(LocaleText text, Light light) => text.Say($"tasks.light{light}");

    /// <summary>The task's mark: its light, or ⏳ while its 已完成 waits for the office (待核).</summary>
    public static string Light(LocaleText text, TaskAssessment a) => text.Say($"tasks.light{MarkKey(a)}");

    /// <summary>The task's status: the reported one, or 已完成（待核） while the office has not reviewed it.</summary>
    public static string Status(LocaleText text, TaskAssessment a) => a.AwaitingReview ? text.Say($"tasks.status{AwaitingReview}")
        : a.Status is { } s ? Status(text, s) : text.Say("tasks.neverReported");

    /// <summary>The name the words give the task's mark: Green, Yellow, Red, or AwaitingReview (待核).</summary>
    public static string MarkKey(TaskAssessment a) => a.AwaitingReview ? AwaitingReview : a.Light.ToString();

    /// <summary>
    /// The tasks counted by status (Done, OnSchedule, Behind, NotStarted, Unreported), by light (Green, Yellow, Red)
    /// and AwaitingReview (待核), which counts in neither Done nor Green: the arguments of the words that give the counts.
    /// </summary>
    public static (string, object?)[] Counts(IReadOnlyCollection<TaskAssessment> a) =>
    [
        .. Enum.GetValues<ReportStatus>().Select(s => (s.ToString(), (object?)a.Count(x => x.Status == s && !x.AwaitingReview))),
        ("Unreported", a.Count(x => x.Status is null)),
        .. Enum.GetValues<Light>().Select(l => (l.ToString(), (object?)a.Count(x => MarkKey(x) == l.ToString()))),
        (AwaitingReview, a.Count(x => x.AwaitingReview)),
    ];

    /// <summary>A paragraph naming the tasks whose 已完成 waits for the office (待核); empty when there are none.</summary>
    public static string AwaitingReviewLine(LocaleText text, IReadOnlyCollection<TaskItem> tasks) => tasks.Count == 0 ? ""
        : "\n\n" + text.Say("tasks.awaitingReview", ("count", tasks.Count), ("numbers", NamedNumbers(text, tasks)));

    private const string AwaitingReview = nameof(TaskAssessment.AwaitingReview);

    public static string Date(LocaleText text, DateOnly? date) =>
        date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text.Say("tasks.noDeadline");

    /// <summary>The deadline, and that the work continues after it (持续推进) where it does.</summary>
    public static string Deadline(LocaleText text, TaskItem task) => Date(text, task.Deadline) + (task.Ongoing ? text.Say("tasks.ongoing") : "");

    /// <summary>A moment in the office's time: "2025-07-01 09:00".</summary>
    public static string Moment(DateTimeOffset local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>"正常推进 62%（第27周，6月30日—7月6日）" or "未报送"; a 已完成 the office has not reviewed reads 已完成（待核）.</summary>
    public static string LastReport(LocaleText text, ProgressReport? report, bool awaitingReview = false)
    {
        if (report is null) return text.Say("tasks.neverReported");
        var status = awaitingReview && report.Status == ReportStatus.Done ? text.Say($"tasks.status{AwaitingReview}")
            : Status(text, report.Status);
        return text.Say("tasks.lastReport", ("status", StatusAndCompletion(text, status, report)),
            ("period", PeriodText.Label(text, report.PeriodKey)));
    }

    /// <summary>The last report, or for a collective lead how many of its members reported and the lowest completion.</summary>
    public static string Standing(LocaleText text, TaskAssessment a) =>
        a.Collectives.Count == 0 ? LastReport(text, a.Latest, a.AwaitingReview)
        : Tallies(text, a.Collectives) + (a.Completion is { } c ? text.Say("tasks.lowestCompletion", ("completion", Number(c))) : "");

    /// <summary>"各苏木镇：已报 3/9"; empty when no collective leads the task.</summary>
    public static string Tallies(LocaleText text, IEnumerable<CollectiveTally> tallies) =>
        string.Join(text.Say("tasks.separator"), tallies.Select(c =>
            text.Say("tasks.collectiveTally", ("collective", Markdown.Literal(c.Collective.Name)), ("reported", c.Reported),
                ("members", c.Members))));

    public static string Completion(ProgressReport report) => Completion(report.CurrentValue, report.Completion);

    /// <summary>"正常推进 62%", or the status alone when the report gave no completion (暂无): no space left dangling.</summary>
    public static string StatusAndCompletion(LocaleText text, string status, ProgressReport report) =>
        Completion(report) is { Length: > 0 } completion
            ? text.Say("tasks.statusAndCompletion", ("status", status), ("completion", completion))
            : status;

    public static string StatusAndCompletion(LocaleText text, ProgressReport report) =>
        StatusAndCompletion(text, Status(text, report.Status), report);

    /// <summary>"5.1万亩 (62%)" when a quantity was given, else "62%"; empty when nothing was.</summary>
    public static string Completion(string? currentValue, decimal? completion) =>
        currentValue is { Length: > 0 } value ? $"{Markdown.Literal(value)} ({Number(completion ?? 0)}%)"
        : completion is { } c ? Number(c) + "%" : "";

    public static string Reason(LocaleText text, BehindReason reason) => text.Say($"behind.reason{reason.Kind}",
        ("points", reason.Points is { } p ? Number(p) : null), ("days", reason.Days), ("periods", reason.Periods),
        ("milestone", Markdown.Literal(reason.Milestone?.Text)), ("date", reason.Milestone is { } m ? Date(text, m.Date) : null));

    /// <summary>How many of the tasks behind are red ("（其中 2 项红灯）"); nothing when none is.</summary>
    public static string RedAmong(LocaleText text, IReadOnlyList<TaskAssessment> behind) =>
        behind.Count(a => a.Light == Domain.Behind.Light.Red) is var red and > 0 ? text.Say("behind.red", ("red", red)) : "";

    /// <summary>The tasks behind, one line each, at most <paramref name="max"/> and a line saying how many more.</summary>
    public static string BehindLines(LocaleText text, IReadOnlyList<TaskAssessment> behind, int max = MessageLimits.TaskLines) =>
        Lines(text, behind, a => AssessmentLine(text, a), "\n\n", max);

    /// <summary>One line per item, at most <paramref name="max"/>, and a line saying how many more.</summary>
    public static string Lines<T>(LocaleText text, IReadOnlyList<T> items, Func<T, string> line, string separator = "\n",
        int max = MessageLimits.TaskLines, string moreKey = "tasks.moreLines")
    {
        var lines = items.Take(max).Select(line).ToList();
        if (items.Count > max) lines.Add(text.Say(moreKey, ("more", items.Count - max)));
        return string.Join(separator, lines);
    }

    /// <summary>
    /// The lines, and before each chapter's first task a heading line (【坚定不移抓项目扩投资】) when the tasks span several
    /// chapters; as <see cref="Lines{T}"/> otherwise.
    /// </summary>
    public static string LinesByChapter<T>(LocaleText text, IReadOnlyList<T> items, Func<T, TaskItem> task, Func<T, string> line,
        string moreKey = "tasks.moreLines")
    {
        var spans = SpansChapters(items.Select(task));
        return Lines(text, [.. Enumerable.Range(0, items.Count)],
            i => ChapterHeading(text, task(items[i]), i > 0 ? task(items[i - 1]) : null, spans) + line(items[i]), moreKey: moreKey);
    }

    /// <summary>Whether the tasks stand under more than one of the plan's chapters.</summary>
    public static bool SpansChapters(IEnumerable<TaskItem> tasks) => tasks.Select(t => t.Chapter).Distinct().Skip(1).Any();

    /// <summary>
    /// The heading line, with its line break, to put before a task whose chapter is not the one of the task before it
    /// (none for the first of a page); empty when the list does not span chapters.
    /// </summary>
    public static string ChapterHeading(LocaleText text, TaskItem task, TaskItem? previous, bool spans) =>
        !spans || (previous is not null && previous.Chapter == task.Chapter) ? ""
        : (task.Chapter is { Length: > 0 } chapter ? text.Say("tasks.chapterHeading", ("chapter", Markdown.Literal(chapter)))
            : text.Say("tasks.noChapterHeading")) + "\n";

    /// <summary>"#1、#4、#11", the first <see cref="MessageLimits.TaskNumbers"/> of them and how many more.</summary>
    public static string Numbers(LocaleText text, IReadOnlyCollection<TaskItem> tasks) =>
        List(text, tasks.Take(MessageLimits.TaskNumbers).Select(t => "#" + t.Number))
        + (tasks.Count > MessageLimits.TaskNumbers ? text.Say("tasks.moreNumbers", ("more", tasks.Count - MessageLimits.TaskNumbers)) : "");

    /// <summary>"#3 ［领导批示］落实旗长批示…、#11 高质量推进…": numbers a leader reads with the tasks' short names.</summary>
    public static string NamedNumbers(LocaleText text, IReadOnlyCollection<TaskItem> tasks) =>
        List(text, tasks.Take(MessageLimits.TaskNumbers).Select(t => Named(text, t)))
        + (tasks.Count > MessageLimits.TaskNumbers ? text.Say("tasks.moreNumbers", ("more", tasks.Count - MessageLimits.TaskNumbers)) : "");

    /// <summary>"#11 高质量推进…" or "#3 ［领导批示］落实旗长批示…": one task as lists name it.</summary>
    public static string Named(LocaleText text, TaskItem task, int length = 28) =>
        text.Say("tasks.namedNumber", ("number", task.Number), ("title", Title(task, length)));

    public static string AssessmentLine(LocaleText text, TaskAssessment a) =>
        text.Say("behind.line", ("light", Light(text, a)), ("number", a.Task.Number), ("title", Title(a.Task)),
            ("reasons", string.Join(text.Say("tasks.separator"), a.Reasons.Select(r => Reason(text, r)))))
        + (a.Continuing ? text.Say("behind.continuing", ("deadline", Date(text, a.Task.Deadline))) : "")
        + (a.Collectives.Count > 0 ? text.Say("behind.collectives", ("tallies", Tallies(text, a.Collectives))) : "") + Problems(text, a.Problems);

    /// <summary>Whether what a unit wrote says there is nothing (无, 没有, 没啥问题, none): the words the dialogs take as 无.</summary>
    public static bool SaysNothing(LocaleText text, string? written) => text.Hears("tasks.nothing", written);

    /// <summary>What a unit wrote as problems or matters for a leader, shown as 无 when it says there is nothing.</summary>
    public static string? Written(LocaleText text, string? written) =>
        written is { Length: > 0 } && SaysNothing(text, written) ? text.Say("tasks.none") : written;

    /// <summary>The problems the unit itself reported, when it named any: the reason a leader most wants to read.</summary>
    private static string Problems(LocaleText text, string? problems) =>
        problems is { Length: > 0 } && !SaysNothing(text, problems)
            ? text.Say("behind.problems", ("problems", Markdown.Literal(Shorten(problems, 60)))) : "";

    /// <summary>At most <paramref name="length"/> characters as people count them (an emoji is one), with an ellipsis when cut.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var elements = new StringInfo(text);
        return elements.LengthInTextElements <= length ? text : elements.SubstringByTextElements(0, length) + "…";
    }
}
