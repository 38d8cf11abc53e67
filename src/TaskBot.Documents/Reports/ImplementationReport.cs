using TaskBot.Documents.Word;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Documents.Reports;

/// <summary>
/// The 落实情况报告 draft: the government's written report on the year's plan, as the congress reviews it. Per task,
/// what was achieved, what is unfinished and why, and next steps; every figure followed by the unit and the period of
/// the report it came from. A draft for the office to edit: it is only ever written to a file.
/// </summary>
public static class ImplementationReport
{
    public static byte[] Write(Ledger.Ledger ledger, DocumentOptions options, LocaleText words)
    {
        var plan = ledger.Plan;
        var a = ledger.Assessments.OrderBy(x => x.Task.Number).ToList();
        var done = a.Where(x => x.Status == ReportStatus.Done).ToList();
        var doc = new WordWriter(options.TitleFont, options.BodyFont)
            .Title($"关于{plan.Title}落实情况的报告", 44)
            .Centered("（草稿，供修改）")
            .Paragraph($"截至{Bulletins.BulletinDocument.ChineseDate(ledger.Today)}，{plan.Title}确定的{a.Count}项任务中，已完成{done.Count}项，"
                + $"正常推进{a.Count(x => x.Status == ReportStatus.OnSchedule)}项，滞后或未启动{a.Count(x => x.Status is ReportStatus.Behind or ReportStatus.NotStarted)}项，"
                + $"未报送进展{a.Count(x => x.Status is null)}项。现将落实情况报告如下：");
        doc.Heading("一、主要成效");
        Tasks(doc, ledger, [.. a.Where(x => x.Latest is not null && !x.IsBehind)], x => Achieved(ledger, x));
        doc.Heading("二、存在的问题");
        Tasks(doc, ledger, [.. a.Where(x => x.IsBehind)], x => Unfinished(ledger, words, x));
        doc.Heading("三、下一步工作");
        Tasks(doc, ledger, [.. a.Where(x => x.Status != ReportStatus.Done && x.Latest?.NextSteps is { Length: > 0 } n && !words.Hears("tasks.nothing", n))],
            x => $"{x.Latest!.NextSteps}{Source(ledger, x.Latest)}");
        doc.Right(options.IssuingOffice).Right(Bulletins.BulletinDocument.ChineseDate(ledger.Today));
        return doc.ToBytes();
    }

    private static void Tasks(WordWriter doc, Ledger.Ledger ledger, IReadOnlyList<TaskAssessment> tasks, Func<TaskAssessment, string> what)
    {
        if (tasks.Count == 0) doc.Paragraph("无。");
        foreach (var x in tasks) doc.Paragraph($"（第{x.Task.Number}项）{Markdown.Plain(TaskText.Title(x.Task, 40))}：{what(x)}");
    }

    private static string Achieved(Ledger.Ledger ledger, TaskAssessment x)
    {
        var r = x.Latest!;
        var figure = r.CurrentValue is { Length: > 0 } v ? $"完成{v}（{TaskText.Number(r.Completion ?? 0)}%）"
            : r.Completion is { } c ? $"完成{TaskText.Number(c)}%" : "";
        var status = r.Status == ReportStatus.Done ? "已完成" : "正常推进";
        return $"{status}。{r.Progress}{(figure.Length > 0 ? "，" + figure : "")}{Source(ledger, r)}";
    }

    private static string Unfinished(Ledger.Ledger ledger, LocaleText words, TaskAssessment x)
    {
        var why = string.Join("；", x.Reasons.Select(r => Markdown.Plain(TaskText.Reason(words, r))));
        var problems = x.Latest?.Problems is { Length: > 0 } p && !words.Hears("tasks.nothing", p) ? $"。单位反映：{p}{Source(ledger, x.Latest)}" : "";
        var progress = x.Latest is { } r ? $"。进展：{r.Progress}{(r.Completion is { } c ? $"，完成{TaskText.Number(c)}%" : "")}{Source(ledger, r)}" : "";
        return why + progress + problems;
    }

    /// <summary>The report a figure came from: its unit and period, so that every figure can be checked.</summary>
    private static string Source(Ledger.Ledger ledger, ProgressReport r) =>
        $"〔{ledger.Units.GetValueOrDefault(r.UnitId, "")}，{r.PeriodKey}，{ledger.DateOf(r):yyyy-MM-dd}报送〕";
}
