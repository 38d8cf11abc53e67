using TaskBot.Domain.Plans;
using System.Text;
using TaskBot.Import;
using static TaskBot.Domain.Tests.Import.Documents;

namespace TaskBot.Domain.Tests.Import;

public class MalformedDocumentTests
{
    [Fact]
    public void A_document_in_neither_format_is_refused()
    {
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse("政府工作报告\n\n今年以来，全旗经济稳中有进。\n", "report.txt"));
        Assert.Contains("not a task decomposition document", e.Message);
    }

    [Fact]
    public void A_skipped_section_number_names_the_line()
    {
        var doc = Sections(Section("一", "任务一。"), Section("三", "任务三。"));
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "t.txt"));
        Assert.Equal(LineOf(doc, "三、"), e.Line);
        Assert.Contains("expected task 2", e.Message);
    }

    [Fact]
    public void A_misspelt_heading_is_caught_by_the_second_set_of_fields()
    {
        var doc = Sections(Section("一", "任务一。"), Section("二", "任务二。").Replace("二、", "二，"));
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "t.txt"));
        Assert.Equal(LineOf(doc, "牵头领导", 2), e.Line);
    }

    [Fact]
    public void A_task_without_a_lead_unit_names_its_line()
    {
        var doc = Sections(Section("一", "任务一。"), Section("二", "任务二。", leadUnits: ""));
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "t.txt"));
        Assert.Equal(LineOf(doc, "二、"), e.Line);
        Assert.Contains("牵头单位", e.Message);
    }

    [Fact]
    public void An_unreadable_deadline_names_its_task()
    {
        var doc = Sections(Section("一", "任务一。", deadline: "尽快"));
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "t.txt"));
        Assert.Contains("尽快", e.Message);
        Assert.Equal(LineOf(doc, "一、"), e.Line);
    }

    [Fact]
    public void A_table_row_with_a_missing_cell_names_its_line()
    {
        var doc = Table("2022年政府工作报告目标任务分解表", ["1", "任务。", "王国泉", "发改委", "农牧局"], ["2", "任务。", "王国泉", "发改委"]);
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "t.txt"));
        Assert.Equal(LineOf(doc, "\t2"), e.Line);
        Assert.Contains("4 cells", e.Message);
    }

    [Fact]
    public void A_table_numbered_out_of_order_names_the_row()
    {
        var doc = Table("2022年政府工作报告目标任务分解表", ["1", "任务。", "王国泉", "发改委", ""], ["5", "任务。", "王国泉", "发改委", ""]);
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "t.txt"));
        Assert.Contains("the 序号 should be 2 but is \"5\"", e.Message);
    }

    [Fact]
    public void A_tab_separated_row_numbered_out_of_order_names_its_line_in_the_file_and_the_number_found()
    {
        const string doc = "2025年重点工作任务分解表\n序号\t重点工作任务\t牵头单位\n1\t任务一。\t旗农牧局\n"
            + "2\t\"任务二，\n分两行写。\"\t旗农牧局\n11\t任务三。\t旗农牧局\n";
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "分解表.txt"));
        Assert.Equal(new MisnumberedRow(new RowOrigin(RowPlace.TextLine, 6), 3, "11"), e.Misnumbered);
        Assert.StartsWith("line 6: the 序号 should be 3 but is \"11\"", e.Message);
    }

    [Fact]
    public void A_plan_with_no_year_anywhere_is_refused()
    {
        var doc = Sections(Section("一", "任务一。")).Replace("2025年2月20日", "");
        var e = Assert.Throws<PlanFormatException>(() => PlanParser.Parse(doc, "t.txt"));
        Assert.Contains("year", e.Message);
    }

    [Fact]
    public void A_list_headed_by_its_issuer_takes_its_title_and_year_from_the_list_line()
    {
        var plan = PlanParser.Parse(IssuedList("2025年领导批示事项督办清单"), "list.txt");
        Assert.Equal(("2025年领导批示事项督办清单", 2025), (plan.Title, plan.Year));
    }

    [Fact]
    public void A_list_that_names_no_year_takes_the_year_the_office_gives_and_is_refused_without_one()
    {
        var list = IssuedList("领导批示事项督办清单");
        Assert.Equal(("领导批示事项督办清单", 2026), (PlanParser.Parse(list, "list.txt", 2026) is var p ? (p.Title, p.Year) : default));
        Assert.Contains("--year", Assert.Throws<PlanFormatException>(() => PlanParser.Parse(list, "list.txt")).Message);
    }

    [Fact]
    public void A_list_in_its_own_words_reads_as_tasks()
    {
        const string list = "乌审旗人民政府督查室\n2026年领导批示事项督办清单\n\n序号\t批示事项\t批示领导\t承办单位\t会办单位\t办结时限\n"
            + "1\t落实康锐同志批示，推进项目用地报批。\t康锐\t旗自然资源局\t旗发改委\t6月底前\n";
        var task = Assert.Single(PlanParser.Parse(list, "list.txt").Tasks);

        Assert.Equal(("落实康锐同志批示，推进项目用地报批。", "康锐", "旗自然资源局", "旗发改委"),
            (task.Text, task.Leaders.Single(), task.LeadUnits.Single(), task.ResponsibleUnits.Single()));
        Assert.Equal(new DateOnly(2026, 6, 30), task.Deadline);
    }

    private static string IssuedList(string title) =>
        "乌审旗人民政府督查室\n" + Table(title, ["1", "落实康锐同志批示，推进项目用地报批。", "康锐", "旗自然资源局", "旗发改委"])
            .Split('\n', 2)[1];

    [Fact]
    public void A_binary_file_is_refused()
    {
        var e = Assert.Throws<PlanFormatException>(() => DocumentText.Decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
        Assert.Contains("not text", e.Message);
    }

    [Fact]
    public void A_gb18030_document_is_read()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Sections(Section("一", "任务。"));
        var plan = PlanParser.Parse(DocumentText.Decode(Encoding.GetEncoding("GB18030").GetBytes(text)), "t.txt");
        Assert.Equal("旗政府办公室", plan.Tasks[0].LeadUnits[0]);
    }

    [Fact]
    public void A_utf16_document_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sections(Section("一", "任务。")))).ToArray();
        Assert.Single(PlanParser.Parse(DocumentText.Decode(bytes), "t.txt").Tasks);
    }

    private static int LineOf(string doc, string start, int occurrence = 1) =>
        doc.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.StartsWith(start)).Skip(occurrence - 1).First().i + 1;
}
