using System.Globalization;
using TaskBot.Documents.Word;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Documents.Bulletins;

/// <summary>
/// The 通报 as a .docx in 公文 form: title and 第N期, issuing office and date, 总体情况, the per-unit reporting
/// table, tasks that advanced well, tasks behind with reasons and the units' own words, 未按时报送的单位, open
/// coordination items, 下步要求, the charts, and the period's ledger as an attached table.
/// </summary>
public static class BulletinDocument
{
    public static byte[] Write(BulletinIssue issue, DocumentOptions options, LocaleText words)
    {
        var b = issue.Bulletin;
        var doc = new WordWriter(options.TitleFont, options.BodyFont)
            .Title(options.BulletinTitle, 52)
            .Centered($"第{issue.Number}期")
            .Centered($"{options.IssuingOffice}　　　　{ChineseDate(issue.IssuedOn)}")
            .Title($"关于{b.Plan.Title}（{issue.PeriodKey}）推进情况的通报", 36);
        doc.Heading("一、总体情况").Paragraph(BulletinFigures.Overall(issue));
        var table = BulletinFigures.Reporting(issue);
        doc.Paragraph(BulletinFigures.ReportingRate(table));
        doc.Table(["单位", "牵头任务", "本期已报", "未报", "滞后任务"], table.Select(r => (IReadOnlyList<string>)
            [r.Unit, N(r.Led), N(r.Reported), N(r.Led - r.Reported), N(r.Behind)]));
        foreach (var chart in issue.Charts) doc.Picture(chart.Png, chart.Width, chart.Height, chart.Name);
        doc.Heading("二、进展较好的任务");
        Lines(doc, BulletinFigures.Advanced(issue), a => $"第{a.Task.Number}项 {Title(a)}：{Plain(TaskText.Status(words, a.Latest!.Status))}"
            + Completion(a) + (a.Latest.Progress is { Length: > 0 } p ? $"。{p}" : "") + Source(issue, a.Latest));
        doc.Heading("三、滞后的任务");
        Lines(doc, b.Behind, a => $"第{a.Task.Number}项 {Title(a)}：{string.Join("；", a.Reasons.Select(r => Plain(TaskText.Reason(words, r))))}"
            + (Explained(words, a.Latest) is { } why ? $"。单位说明：{why}" + Source(issue, a.Latest!) : ""));
        doc.Heading("四、未按时报送的单位");
        doc.Paragraph(b.Unreported.Count == 0 ? "本期各单位均已按时报送。"
            : string.Join("、", b.Unreported.Select(u => $"{u.Unit.Name}（{u.Missing}项）")) + "。");
        doc.Heading("五、需协调事项");
        Lines(doc, [.. b.Assessments.Where(a => Explained(words, a.Latest?.Coordination) is not null).OrderBy(a => a.Task.Number)],
            a => $"第{a.Task.Number}项 {Title(a)}：{a.Latest!.Coordination}" + Source(issue, a.Latest));
        doc.Heading("六、下步要求");
        foreach (var line in options.Requirements.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries)) doc.Paragraph(line.Trim());
        doc.Right(options.IssuingOffice).Right(ChineseDate(issue.IssuedOn));
        doc.Heading($"附件：{issue.PeriodKey}台账");
        doc.Table(["序号", "任务内容", "牵头单位", "状态", "红黄绿", "完成比例", "序时进度", "进展情况", "存在问题"],
            b.Assessments.OrderBy(a => a.Task.Number).Select(a => (IReadOnlyList<string>)[
                N(a.Task.Number), a.Task.Text, string.Join("、", a.Task.LeadUnits.Select(u => u.Name)),
                a.Status is { } s ? Plain(TaskText.Status(words, s)) : "未报送", LightName(a.Light),
                a.Completion is { } c ? TaskText.Number(c) + "%" : "", TaskText.Number(a.Expected) + "%",
                InPeriod(issue, a)?.Progress ?? "", InPeriod(issue, a)?.Problems ?? ""]));
        return doc.ToBytes();
    }

    public static string ChineseDate(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";

    private static void Lines<T>(WordWriter doc, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0) doc.Paragraph("无。");
        for (var i = 0; i < items.Count; i++) doc.Paragraph($"{i + 1}. {line(items[i])}");
    }

    private static ProgressReport? InPeriod(BulletinIssue issue, TaskAssessment a) =>
        a.Latest is { } r && r.PeriodKey == issue.PeriodKey ? r : null;

    /// <summary>Where a figure came from: the unit and the period of the report.</summary>
    public static string Source(BulletinIssue issue, ProgressReport report) =>
        $"（{issue.Units.GetValueOrDefault(report.UnitId, "")}，{report.PeriodKey}报送）";

    private static string Title(TaskAssessment a) => Plain(TaskText.Title(a.Task));

    private static string Completion(TaskAssessment a) => a.Latest!.Completion is { } c
        ? $"，完成{(a.Latest.CurrentValue is { Length: > 0 } v ? v + "（" + TaskText.Number(c) + "%）" : TaskText.Number(c) + "%")}" : "";

    /// <summary>What a unit wrote, unless it wrote that there was nothing (无).</summary>
    private static string? Explained(LocaleText words, ProgressReport? report) => Explained(words, report?.Problems);

    private static string? Explained(LocaleText words, string? text) =>
        text is { Length: > 0 } && !words.Hears("tasks.nothing", text) ? text : null;

    private static string LightName(Light light) => light switch { Light.Red => "红", Light.Yellow => "黄", _ => "绿" };

    private static string Plain(string markdown) => Markdown.Plain(markdown);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
