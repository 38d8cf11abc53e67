using TaskBot.Domain.Plans;
using TaskBot.Documents;
using TaskBot.Import;

namespace TaskBot.Tests.Documents;

/// <summary>Plans kept in Excel read as the same plans written as text.</summary>
public class WorkbookImportTests
{
    public static TheoryData<string[]> Headers => new()
    {
        new[] { "序号", "重点工作任务", "责任领导", "牵头单位", "责任单位", "完成时限" },
        new[] { "编号", "任务内容", "牵头领导", "主责单位", "配合单位", "时间节点" },
        new[] { "序号", "工作任务", "分管领导", "牵头单位", "协办单位", "完成时间" },
        new[] { "序号", "重点工作任务", "牵头旗领导", "牵头单位", "责任单位", "完成时限" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void A_sheet_with_a_header_below_its_title_reads_as_its_text(string[] header)
    {
        var path = new WorkbookFile()
            .Sheet("填报说明", [["请各单位按表填报。"]])
            .Sheet("分解表", [
                ["2025年政府工作报告重点工作任务分解表"],
                [],
                [.. header, "备注"],
                [1, "新建高标准农田8.2万亩。", "康  锐\n沙  健", "旗农牧局", "各苏木镇", new DateTime(2025, 6, 30), "重点"],
                [2, "新增城镇就业1000人以上。", null, "旗人社局", "旗直各有关部门", "2025年12月底前，持续推进"],
            ], "A1:G1", "C4:C5")
            .Save("台账.xlsx");

        var (plan, sheet) = PlanDocument.ParseFile(path);

        Assert.Equal("分解表", sheet);
        var expected = PlanText.Table("2025年政府工作报告重点工作任务分解表",
            header,
            ["1", "新建高标准农田8.2万亩。", "康  锐\n沙  健", "旗农牧局", "各苏木镇", "2025年6月30日"],
            ["2", "新增城镇就业1000人以上。", "康  锐\n沙  健", "旗人社局", "旗直各有关部门", "2025年12月底前，持续推进"]);
        Assert.Equal(PlanText.Json(PlanText.Parse(expected)), PlanText.Json(plan));
        Assert.Equal(new DateOnly(2025, 6, 30), plan.Tasks[0].Deadline);
    }

    [Fact]
    public void A_row_numbered_out_of_order_is_named_by_its_row_in_the_sheet_and_the_number_found()
    {
        var path = new WorkbookFile().Sheet("分解表", [["2025年重点工作任务分解表"], [], ["序号", "重点工作任务", "牵头单位"],
            [1, "任务一。", "旗农牧局"], [2, "任务二。", "旗农牧局"], [11, "任务三。", "旗农牧局"]]).Save("序号.xlsx");

        var e = Assert.Throws<PlanFormatException>(() => PlanDocument.ParseFile(path));

        Assert.Equal(new MisnumberedRow(new RowOrigin(RowPlace.SheetRow, 6, "分解表"), 3, "11"), e.Misnumbered);
        Assert.StartsWith("sheet \"分解表\" row 6: the 序号 should be 3 but is \"11\"", e.Message);
    }

    [Fact]
    public void The_sheet_named_is_the_one_read()
    {
        object?[][] Plan(string task) => [["2025年重点工作任务分解表"], ["序号", "重点工作任务", "牵头单位"], [1, task, "旗农牧局"]];
        var path = new WorkbookFile().Sheet("农牧", Plan("农牧任务。")).Sheet("就业", Plan("就业任务。")).Save("两表.xlsx");

        var (plan, sheet) = PlanDocument.ParseFile(path, "就业");

        Assert.Equal("就业", sheet);
        Assert.Equal("就业任务。", Assert.Single(plan.Tasks).Text);
    }

    [Fact]
    public void A_deadline_kept_as_a_day_number_reads_as_its_date()
    {
        // 45838 is 2025-06-30: Excel's serial day, in a cell whose custom date format the reader does not know.
        var path = new WorkbookFile().Sheet("分解表", [["2025年重点工作任务分解表"], ["序号", "重点工作任务", "牵头单位", "完成时限"],
            [1, "新建高标准农田8.2万亩。", "旗农牧局", 45838]]).Save("日期.xlsx");

        var (plan, _) = PlanDocument.ParseFile(path);

        Assert.Equal(new DateOnly(2025, 6, 30), Assert.Single(plan.Tasks).Deadline);
    }

    [Fact]
    public void A_sheet_with_no_header_is_refused_with_what_to_do()
    {
        var path = new WorkbookFile().Sheet("Sheet1", [["任务", "单位"], ["新建高标准农田。", "旗农牧局"]]).Save("无表头.xlsx");

        var error = Assert.Throws<PlanFormatException>(() => PlanDocument.ParseFile(path));

        Assert.Contains("no sheet has a header row with 序号 and 重点工作任务", error.Message);
        Assert.Contains("Sheet1", error.Message);
    }

    [Fact]
    public void Excel_text_saved_with_tabs_reads_as_the_table()
    {
        var tsv = "2025年重点工作任务分解表\t\t\r\n序号\t重点工作任务\t责任领导\t牵头单位\t完成时限\r\n"
            + "1\t新建高标准农田8.2万亩。\t\"康  锐\n沙  健\"\t旗农牧局\t6月底前\r\n"
            + "2\t\"新增城镇就业1000人以上，含\"\"零就业\"\"家庭。\"\t沙  健\t旗人社局\t年内\r\n";
        var expected = PlanText.Table("2025年重点工作任务分解表",
            ["序号", "重点工作任务", "责任领导", "牵头单位", "完成时限"],
            ["1", "新建高标准农田8.2万亩。", "康  锐\n沙  健", "旗农牧局", "6月底前"],
            ["2", "新增城镇就业1000人以上，含\"零就业\"家庭。", "沙  健", "旗人社局", "年内"]);

        Assert.Equal(PlanText.Json(PlanText.Parse(expected)), PlanText.Json(PlanText.Parse(tsv)));
    }

    [Fact]
    public void Comma_separated_text_reads_as_the_table()
    {
        var csv = "2025年重点工作任务分解表\n编号,任务内容,牵头领导,主责单位,协办单位\n1,\"新建高标准农田8.2万亩,4月份开工。\",康锐,旗农牧局,\"旗水利局、各苏木镇\"\n";
        var expected = PlanText.Table("2025年重点工作任务分解表",
            ["编号", "任务内容", "牵头领导", "主责单位", "协办单位"],
            ["1", "新建高标准农田8.2万亩,4月份开工。", "康锐", "旗农牧局", "旗水利局、各苏木镇"]);

        var plan = PlanText.Parse(csv);

        Assert.Equal(PlanText.Json(PlanText.Parse(expected)), PlanText.Json(plan));
        Assert.Equal(["旗水利局", "各苏木镇"], plan.Tasks[0].ResponsibleUnits);
    }
}
