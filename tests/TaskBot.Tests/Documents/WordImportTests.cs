using TaskBot.Documents;

namespace TaskBot.Tests.Documents;

/// <summary>Plans written in Word read as the same plans written as text.</summary>
public class WordImportTests
{
    private const string Sections = """
        乌审旗2025年政府工作报告重点工作任务分解方案
        一、新建高标准农田8.2万亩，确保4月份全面开工。
        牵头领导：康  锐
        牵头单位：旗农牧局
        责任单位：各苏木镇
        完成时限：2025年12月底前，持续推进
        二、新增城镇就业1000人以上。
        牵头领导：沙  健、康  锐
        牵头单位：旗人社局
        责任单位：旗直各有关部门
        完成时限：6月底前
        三、建设旗寄递物流综合配送中心。
        牵头领导：沙  健
        牵头单位：旗能源局、水利局
        完成时限：年内
        """;

    [Fact]
    public void A_plan_of_paragraphs_with_word_numbering_reads_as_its_text()
    {
        var lines = Sections.Split('\n');
        var word = new WordFile().Paragraph(lines[0], style: "Title");
        foreach (var line in lines.Skip(1))
        {
            if (line.StartsWith("一、")) word.Paragraph(line[2..], style: "TaskHeading");  // numbered by its style
            else if (line.StartsWith("二、")) word.Paragraph(line[2..], list: WordFile.ChineseList);  // numbered directly
            else word.Paragraph(line);  // 三、 typed
        }

        var (plan, sheet) = PlanDocument.ParseFile(word.Save("分解方案.docx"));

        Assert.Null(sheet);
        Assert.Equal(PlanText.Json(PlanText.Parse(Sections)), PlanText.Json(plan));
    }

    [Fact]
    public void A_table_with_merged_cells_and_line_breaks_reads_as_its_text()
    {
        string[] header = ["序号", "重点工作任务", "责任领导", "牵头单位", "责任单位", "备注"];
        var word = new WordFile().Paragraph("2022年政府工作报告目标任务分解表").Table(
            ["附件", "<", "<", "<", "<", "<"],
            header,
            ["1", "全面负责旗人民政府各项重点工作。", "康  锐\n沙  健", "旗政府办", "旗直各部门", ""],
            ["2", "新增城镇就业1000人以上。", "^", "旗人社局", "^", "重点"],
            header,  // the header again, where the table continues on the next page
            ["3", "新建高标准农田8.2万亩。", "贾  瑞", "旗农牧局、水利局", "各苏木镇", ""]);

        var (plan, _) = PlanDocument.ParseFile(word.Save("分解表.docx"));

        var expected = PlanText.Table("2022年政府工作报告目标任务分解表\n附件",
            ["序号", "重点工作任务", "责任领导", "牵头单位", "责任单位"],
            ["1", "全面负责旗人民政府各项重点工作。", "康  锐\n沙  健", "旗政府办", "旗直各部门"],
            ["2", "新增城镇就业1000人以上。", "康  锐\n沙  健", "旗人社局", "旗直各部门"],
            ["3", "新建高标准农田8.2万亩。", "贾  瑞", "旗农牧局、水利局", "各苏木镇"]);
        Assert.Equal(PlanText.Json(PlanText.Parse(expected)), PlanText.Json(plan));
        Assert.Equal(["康锐", "沙健"], plan.Tasks[1].Leaders);
    }

    [Fact]
    public void Word_numbers_a_table_column_of_its_own()
    {
        var word = new WordFile().Paragraph("2025年重点工作任务分解表").Table(
            ["序号", "任务内容", "牵头单位"],
            ["", "第一项任务。", "旗农牧局"],
            ["", "第二项任务。", "旗人社局"]);
        // The 序号 cells are left to Word's numbering: 1. 2.
        var path = word.Save("编号.docx");
        NumberCells(path);

        var (plan, _) = PlanDocument.ParseFile(path);

        Assert.Equal([1, 2], plan.Tasks.Select(t => t.Number));
    }

    private static void NumberCells(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(path, true);
        var rows = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Skip(1);
        foreach (var cell in rows.Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First()))
        {
            var paragraph = cell.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First();
            paragraph.PrependChild(new DocumentFormat.OpenXml.Wordprocessing.ParagraphProperties(
                new DocumentFormat.OpenXml.Wordprocessing.NumberingProperties(
                    new DocumentFormat.OpenXml.Wordprocessing.NumberingLevelReference { Val = 1 },
                    new DocumentFormat.OpenXml.Wordprocessing.NumberingId { Val = WordFile.ChineseList })));
        }
    }
}
