using TaskBot.Documents.Word;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Documents.Reports;

/// <summary>
/// The 落实情况报告 draft: the government's written report on the year's plan, as the congress reviews it. Per task,
/// what was achieved, what is unfinished and why, and next steps; every figure followed by the unit and the period of
/// the report it came from. When the plan has chapters, each part lists its tasks under them, in the plan's order, as the
/// congress's review reads (一、基本情况 （一）…). A draft for the office to edit: it is only ever written to a file. The
/// words are those of dialogs/{locale}/implementationReport.yaml.
/// </summary>
public static class ImplementationReport
{
    public static byte[] Write(Ledger.Ledger ledger, DocumentOptions options, LocaleText words)
    {
        string W(string key, params (string, object?)[] args) => words.Say("implementationReport." + key, args);
        var plan = ledger.Plan;
        // The plan's own tasks: the lists the office files beside it (领导批示…) are not what the congress reviews.
        var a = ledger.Assessments.Where(x => x.Task.PlanId == plan.Id).OrderBy(x => x.Task.Number).ToList();
        // Each task counted once (one awaiting 销号 apart), and 滞后或未启动 as many as 二、存在的问题 lists.
        var open = a.Where(x => !x.IsDone && !x.AwaitingReview).ToList();
        var behind = open.Count(x => x.IsBehind);
        var unreported = open.Count(x => !x.IsBehind && x.Status is null);
        var doc = new WordWriter(options.TitleFont, options.BodyFont)
            .Title(W("title", ("plan", plan.Title)), 44)
            .Centered(W("draft"))
            .Paragraph(W("overall", ("today", Bulletins.BulletinDocument.Date(words, ledger.Today)), ("plan", plan.Title), ("count", a.Count),
                ("done", a.Count(x => x.IsDone)), ("awaiting", AwaitingReview(words, a)),
                ("onSchedule", open.Count - behind - unreported), ("behind", behind), ("unreported", unreported)));
        doc.Heading(W("achievedHeading"));
        Tasks(doc, words, [.. a.Where(x => x.Latest is not null && !x.IsBehind)], x => Achieved(ledger, x));
        doc.Heading(W("problemsHeading"));
        Tasks(doc, words, [.. open.Where(x => x.IsBehind)], x => Unfinished(ledger, x));
        doc.Heading(W("nextHeading"));
        Tasks(doc, words,
            [.. a.Where(x => x.Status != ReportStatus.Done && x.Latest?.NextSteps is { Length: > 0 } n && !TaskText.SaysNothing(words, n))],
            x => $"{x.Latest!.NextSteps}{Source(ledger, x.Latest)}");
        doc.Right(options.IssuingOffice).Right(Bulletins.BulletinDocument.Date(words, ledger.Today));
        return doc.ToBytes();
    }

    // 已报完成待核实N项, said only when there are such tasks.
    private static string AwaitingReview(LocaleText words, IReadOnlyList<TaskAssessment> a) =>
        a.Count(x => x.AwaitingReview) is var n and > 0 ? words.Say("implementationReport.awaitingReview", ("count", n)) : "";

    private static void Tasks(WordWriter doc, LocaleText words, IReadOnlyList<TaskAssessment> tasks, Func<TaskAssessment, string> what)
    {
        if (tasks.Count == 0) doc.Paragraph(words.Say("implementationReport.none"));
        var chapters = Chapters(tasks).ToList();
        for (var i = 0; i < chapters.Count; i++)
        {
            var (chapter, inChapter) = chapters[i];
            if (chapters.Count > 1 || chapter is not null)
                doc.SubHeading(words.Say("implementationReport.chapter", ("index", ChineseNumber.Format(i + 1)), ("number", i + 1),
                    ("chapter", chapter ?? words.Say("implementationReport.otherChapter"))));
            foreach (var x in inChapter)
                doc.Paragraph(words.Say("implementationReport.task", ("number", x.Task.Number), ("title", Markdown.Plain(TaskText.Title(x.Task, 40))),
                    ("what", what(x))));
        }
    }

    /// <summary>The tasks by chapter in the plan's order (a chapter where its first task is), those with none last.</summary>
    private static IEnumerable<(string? Chapter, List<TaskAssessment> Tasks)> Chapters(IReadOnlyList<TaskAssessment> tasks) =>
        tasks.GroupBy(x => x.Task.Chapter).OrderBy(g => g.Key is null).ThenBy(g => g.Min(x => x.Task.Number))
            .Select(g => (g.Key, g.OrderBy(x => x.Task.Number).ToList()));

    private static string Achieved(Ledger.Ledger ledger, TaskAssessment x)
    {
        var w = ledger.Words;
        var r = x.Latest!;
        var value = r.CurrentValue is { Length: > 0 } v ? $"{v}（{TaskText.Number(r.Completion ?? 0)}%）"
            : r.Completion is { } c ? $"{TaskText.Number(c)}%" : null;
        var status = x.AwaitingReview ? TaskText.Status(w, x)
            : TaskText.Status(w, r.Status == ReportStatus.Done ? ReportStatus.Done : ReportStatus.OnSchedule);
        return w.Say("implementationReport.achieved", ("status", Markdown.Plain(status)),
            ("progress", r.Progress), ("figure", value is null ? "" : w.Say("implementationReport.figure", ("value", value))),
            ("source", Source(ledger, r)));
    }

    private static string Unfinished(Ledger.Ledger ledger, TaskAssessment x)
    {
        var w = ledger.Words;
        var why = string.Join(w.Say("implementationReport.reasonSeparator"), x.Reasons.Select(r => Markdown.Plain(TaskText.Reason(w, r))));
        var problems = x.Latest?.Problems is { Length: > 0 } p && !TaskText.SaysNothing(w, p)
            ? w.Say("implementationReport.unfinishedProblems", ("problems", p), ("source", Source(ledger, x.Latest))) : "";
        var progress = x.Latest is { } r ? w.Say("implementationReport.unfinishedProgress", ("progress", r.Progress),
            ("completion", r.Completion is { } c ? w.Say("implementationReport.unfinishedCompletion", ("value", TaskText.Number(c) + "%")) : ""),
            ("source", Source(ledger, r))) : "";
        return w.Say("implementationReport.unfinished", ("reasons", why), ("progress", progress), ("problems", problems));
    }

    /// <summary>The report a figure came from: its unit and period, so that every figure can be checked.</summary>
    private static string Source(Ledger.Ledger ledger, ProgressReport r) =>
        ledger.Words.Say("implementationReport.source", ("unit", ledger.Units.GetValueOrDefault(r.UnitId, "")),
            ("period", ledger.PeriodLabel(r.PeriodKey)),
            ("date", ledger.DateOf(r).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
}
