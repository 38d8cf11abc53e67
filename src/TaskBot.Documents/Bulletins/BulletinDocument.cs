using System.Globalization;
using TaskBot.Documents.Word;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Loop;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Documents.Bulletins;

/// <summary>
/// The 通报 as a .docx in 公文 form: title and 第N期, issuing office and date, 总体情况, the per-unit reporting
/// table, tasks that advanced well, tasks behind with reasons and the units' own words, 未按时报送的单位, open
/// coordination items, 下步要求, the charts, and the period's ledger as an attached table. The words are those of
/// dialogs/{locale}/bulletinDocument.yaml; the period reads as people say it (第20周，5月12日—5月18日).
/// </summary>
public static class BulletinDocument
{
    public static byte[] Write(BulletinIssue issue, DocumentOptions options, LocaleText words)
    {
        var b = issue.Bulletin;
        string W(string key, params (string, object?)[] args) => words.Say("bulletinDocument." + key, args);
        var period = PeriodText.Label(words, issue.PeriodKey, issue.IssuedOn.Year);
        var doc = new WordWriter(options.TitleFont, options.BodyFont)
            .Title(options.BulletinTitle, 52)
            .Centered(W("number", ("number", issue.Number)))
            .Centered(W("issuer", ("office", options.IssuingOffice), ("date", Date(words, issue.IssuedOn))))
            .Title(W("title", ("plan", b.Plan.Title), ("period", period)), 36);
        doc.Heading(W("overallHeading")).Paragraph(BulletinFigures.Overall(issue, words));
        var table = BulletinFigures.Reporting(issue);
        doc.Paragraph(BulletinFigures.ReportingRate(table, words));
        doc.Table([W("unit"), W("led"), W("reported"), W("unreported"), W("behind")], table.Select(r => (IReadOnlyList<string>)
            [r.Unit, N(r.Led), N(r.Reported), N(r.Led - r.Reported), N(r.Behind)]));
        foreach (var chart in issue.Charts) doc.Picture(chart.Png, chart.Width, chart.Height, chart.Name);
        doc.Heading(W("advancedHeading"));
        Lines(doc, words, BulletinFigures.Advanced(issue), a => W("advanced", ("number", a.Task.Number), ("title", Title(a)),
            ("status", Plain(TaskText.Status(words, a.Latest!.Status))), ("completion", Completion(words, a)),
            ("progress", a.Latest.Progress is { Length: > 0 } p ? W("progress", ("progress", p)) : ""), ("source", Source(issue, words, a.Latest))));
        doc.Heading(W("behindHeading"));
        Lines(doc, words, b.Behind, a => W("behindLine", ("number", a.Task.Number), ("title", Title(a)),
            ("reasons", string.Join(W("reasonSeparator"), a.Reasons.Select(r => Plain(TaskText.Reason(words, r))))),
            ("explained", Explained(words, a.Latest) is { } why ? W("explained", ("why", why), ("source", Source(issue, words, a.Latest!))) : "")));
        // The units not in for the period by the day it is judged on (today, or a past period's end): not late before it is over.
        doc.Heading(W("unreportedHeading", ("date", Date(words, b.Today))));
        doc.Paragraph(b.Unreported.Count == 0 ? W("allReported")
            : string.Join(W("unitSeparator"), b.Unreported.Select(u => W("unreportedUnit", ("unit", u.Unit.Name), ("missing", u.Missing))))
            + W("end"));
        doc.Heading(W("coordinationHeading"));
        Lines(doc, words, b.Coordination, o => W("coordinationLine", ("number", o.Task.Number), ("title", Plain(TaskText.Title(o.Task))),
            ("unit", o.UnitName), ("coordination", o.Item.Text), ("days", o.AgeDays), ("last", LastAnswer(words, o.Item))));
        doc.Heading(W("requirementsHeading"));
        foreach (var line in options.Requirements.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            doc.Paragraph(line.Trim());
        doc.Right(options.IssuingOffice).Right(Date(words, issue.IssuedOn));
        doc.Heading(W("attachment", ("period", period)));
        doc.Table([W("ledgerNumber"), W("ledgerText"), W("ledgerLeadUnits"), W("ledgerStatus"), W("ledgerLight"), W("ledgerCompletion"),
                W("ledgerExpected"), W("ledgerProgress"), W("ledgerProblems")],
            b.Assessments.OrderBy(a => a.Task.Number).Select(a => (IReadOnlyList<string>)[
                N(a.Task.Number), a.Task.Text, string.Join(W("unitSeparator"), a.Task.LeadUnits.Select(u => u.Name)),
                a.Status is null ? W("ledgerUnreported") : Plain(TaskText.Status(words, a)), W($"light{TaskText.MarkKey(a)}"),
                a.Completion is { } c ? TaskText.Number(c) + "%" : "", TaskText.Number(a.Expected) + "%",
                InPeriod(issue, a)?.Progress ?? "", TaskText.Written(words, InPeriod(issue, a)?.Problems) ?? ""]));
        return doc.ToBytes();
    }

    /// <summary>A date as a 公文 writes it: 2025年5月15日.</summary>
    public static string Date(LocaleText words, DateOnly d) =>
        words.Say("bulletinDocument.date", ("year", d.Year), ("month", d.Month), ("day", d.Day));

    private static void Lines<T>(WordWriter doc, LocaleText words, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0) doc.Paragraph(words.Say("bulletinDocument.none"));
        for (var i = 0; i < items.Count; i++) doc.Paragraph(words.Say("bulletinDocument.item", ("index", i + 1), ("line", line(items[i]))));
    }

    private static ProgressReport? InPeriod(BulletinIssue issue, TaskAssessment a) =>
        a.Latest is { } r && r.PeriodKey == issue.PeriodKey ? r : null;

    /// <summary>Where a figure came from: the unit and the period of the report.</summary>
    private static string Source(BulletinIssue issue, LocaleText words, ProgressReport report) =>
        words.Say("bulletinDocument.source", ("unit", issue.Units.GetValueOrDefault(report.UnitId, "")),
            ("period", PeriodText.Label(words, report.PeriodKey, issue.IssuedOn.Year)));

    private static string Title(TaskAssessment a) => Plain(TaskText.Title(a.Task));

    private static string Completion(LocaleText words, TaskAssessment a) => a.Latest!.Completion is { } c
        ? words.Say("bulletinDocument.completion", ("value", a.Latest.CurrentValue is { Length: > 0 } v
            ? v + "（" + TaskText.Number(c) + "%）" : TaskText.Number(c) + "%")) : "";

    /// <summary>Who answered an open item last and how, with the 批示 or 答复 itself; or that nobody has yet.</summary>
    private static string LastAnswer(LocaleText words, CoordinationItem item)
    {
        if (item.LastAction is not { } action) return words.Say("bulletinDocument.coordinationUnanswered");
        var said = action is CoordinationAction.Instruct or CoordinationAction.Reply && item.Answer is { Length: > 0 } ? item.Answer : null;
        return words.Say(said is null ? "bulletinDocument.coordinationAction" : "bulletinDocument.coordinationAnswer",
            ("by", item.AnsweredBy), ("action", words.Say($"coordination.action{action}")), ("answer", said));
    }

    /// <summary>What a unit wrote, unless it wrote that there was nothing (无).</summary>
    private static string? Explained(LocaleText words, ProgressReport? report) => Explained(words, report?.Problems);

    private static string? Explained(LocaleText words, string? text) =>
        text is { Length: > 0 } && !TaskText.SaysNothing(words, text) ? text : null;

    private static string Plain(string markdown) => Markdown.Plain(markdown);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
