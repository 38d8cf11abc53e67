using TaskBot.Documents;

namespace TaskBot.Tests.Documents;

/// <summary>Plans whose tasks stand under chapter headings (一、… over tasks 1. 2. …) keep each task's chapter, in every format.</summary>
public class ChapterImportTests
{
    private const string Title = "乌审旗2025年政府工作报告重点工作任务分解方案";
    private const string Investment = "坚定不移抓项目扩投资";
    private const string Welfare = "坚定不移抓民生增福祉";

    private const string Sections = $"""
        {Title}
        一、{Investment}
        1.新建高标准农田8.2万亩，确保4月份全面开工。
        牵头领导：康  锐
        牵头单位：旗农牧局
        责任单位：各苏木镇
        完成时限：2025年12月底前，持续推进
        2.新增城镇就业1000人以上。
        牵头领导：沙  健
        牵头单位：旗人社局
        责任单位：旗直各有关部门
        完成时限：6月底前
        二、{Welfare}
        3.建设旗寄递物流综合配送中心。
        牵头领导：沙  健
        牵头单位：旗能源局、水利局
        责任单位：各苏木镇
        完成时限：年内
        """;

    private static readonly string[] Chapters = [Investment, Investment, Welfare];

    // The tasks' cells: number, text, leaders, lead units, responsible units, deadline.
    private static readonly string[][] Tasks =
    [
        ["1", "新建高标准农田8.2万亩，确保4月份全面开工。", "康  锐", "旗农牧局", "各苏木镇", "2025年12月底前，持续推进"],
        ["2", "新增城镇就业1000人以上。", "沙  健", "旗人社局", "旗直各有关部门", "6月底前"],
        ["3", "建设旗寄递物流综合配送中心。", "沙  健", "旗能源局、水利局", "各苏木镇", "年内"],
    ];

    private static readonly string[] Header = ["序号", "重点工作任务", "牵头领导", "牵头单位", "责任单位", "完成时限"];

    [Fact]
    public void A_text_plan_gives_each_task_the_chapter_above_it()
    {
        var plan = PlanText.Parse(Sections);

        Assert.Equal([1, 2, 3], plan.Tasks.Select(t => t.Number));
        Assert.Equal(Chapters, plan.Tasks.Select(t => t.Chapter));
        Assert.Equal("旗人社局", plan.Tasks[1].LeadUnits.Single());
    }

    [Fact]
    public void Tasks_numbered_again_under_each_chapter_are_numbered_through_the_plan()
    {
        var restarted = Sections.Replace("1.新建", "（一）新建").Replace("2.新增", "（二）新增").Replace("3.建设", "（一）建设");

        Assert.Equal(PlanText.Json(PlanText.Parse(Sections)), PlanText.Json(PlanText.Parse(restarted)));
    }

    [Fact]
    public void A_plan_without_chapters_has_none()
    {
        var plan = PlanText.Parse(Sections.Replace($"一、{Investment}\n", "").Replace($"二、{Welfare}\n", ""));

        Assert.All(plan.Tasks, t => Assert.Null(t.Chapter));
    }

    [Fact]
    public void A_chapter_with_a_paragraph_of_its_own_before_its_tasks_is_still_their_chapter()
    {
        const string intro = "围绕项目建设和投资增长，重点抓好以下工作：";
        var withIntro = Sections.Replace($"一、{Investment}\n", $"一、{Investment}\n{intro}\n")
            .Replace($"二、{Welfare}\n", $"二、{Welfare}\n坚持尽力而为、量力而行。\n");
        var plan = PlanText.Parse(withIntro);

        Assert.Equal(Chapters, plan.Tasks.Select(t => t.Chapter));
        Assert.Equal("新增城镇就业1000人以上。", plan.Tasks[1].Text);
    }

    [Fact]
    public void A_preamble_heading_with_its_paragraphs_gives_way_to_the_chapters_of_the_tasks()
    {
        var preamble = $"一、总体要求\n以推动高质量发展为主题，确保各项任务落到实处。\n二、主要任务\n（一）{Investment}\n";
        var plan = PlanText.Parse(Sections.Replace($"一、{Investment}\n", preamble).Replace($"二、{Welfare}", $"（二）{Welfare}"));

        Assert.Equal(Chapters.Select(c => "主要任务 / " + c), plan.Tasks.Select(t => t.Chapter));
    }

    [Fact]
    public void A_numbered_line_inside_a_task_stays_in_its_text()
    {
        var plan = PlanText.Parse(Sections.Replace("2.新增城镇就业1000人以上。", "2.做好就业工作：\n（一）新增城镇就业1000人以上；\n（二）农村牧区劳动力转移就业3500人。"));

        Assert.Equal("做好就业工作：（一）新增城镇就业1000人以上；（二）农村牧区劳动力转移就业3500人。", plan.Tasks[1].Text);
        Assert.Equal(Chapters, plan.Tasks.Select(t => t.Chapter));
    }

    [Fact]
    public void A_word_plan_with_numbered_chapters_and_tasks_reads_as_its_text()
    {
        var word = new WordFile().Paragraph(Title);
        foreach (var line in Sections.Split('\n').Skip(1))
        {
            if (line.StartsWith("一、") || line.StartsWith("二、")) word.Paragraph(line[2..], list: WordFile.ChineseList);
            else if (line.Length > 1 && char.IsAsciiDigit(line[0]))
                word.Paragraph(line[2..], list: WordFile.ChineseList, level: 1);  // Word restarts 1. under 二、
            else word.Paragraph(line);
        }

        var (plan, _) = PlanDocument.ParseFile(word.Save("分解方案.docx"));

        Assert.Equal(Chapters, plan.Tasks.Select(t => t.Chapter));
        Assert.Equal(PlanText.Json(PlanText.Parse(Sections)), PlanText.Json(plan));
    }

    [Fact]
    public void A_word_table_with_chapter_rows_merged_across_reads_as_the_text()
    {
        var word = new WordFile().Paragraph(Title).Table(
            Header,
            [$"一、{Investment}", "<", "<", "<", "<", "<"],
            Tasks[0], Tasks[1],
            [$"二、{Welfare}", "<", "<", "<", "<", "<"],
            Tasks[2]);

        var (plan, _) = PlanDocument.ParseFile(word.Save("分解表.docx"));

        Assert.Equal(Chapters, plan.Tasks.Select(t => t.Chapter));
        Assert.Equal(PlanText.Json(PlanText.Parse(Sections)), PlanText.Json(plan));
    }

    [Fact]
    public void A_text_table_with_a_chapter_row_in_one_cell_reads_as_the_sections()
    {
        var table = PlanText.Table(Title, Header, [$"一、{Investment}"], Tasks[0], Tasks[1], [$"二、{Welfare}"], Tasks[2]);

        Assert.Equal(PlanText.Json(PlanText.Parse(Sections)), PlanText.Json(PlanText.Parse(table)));
    }

    [Fact]
    public void A_workbook_with_a_category_column_merged_down_reads_as_the_text()
    {
        object?[][] rows =
        [
            [Title],
            ["类别", .. Header],
            [$"一、{Investment}", .. Tasks[0]],
            [null, .. Tasks[1]],
            [$"二、{Welfare}", .. Tasks[2]],
        ];

        var (plan, _) = PlanDocument.ParseFile(new WorkbookFile().Sheet("分解表", rows, "A3:A4").Save("分解表.xlsx"));

        Assert.Equal(Chapters, plan.Tasks.Select(t => t.Chapter));
        Assert.Equal(PlanText.Json(PlanText.Parse(Sections)), PlanText.Json(plan));
    }

    [Fact]
    public void A_workbook_with_chapter_rows_reads_as_the_text()
    {
        object?[][] rows = [[Title], [.. Header], [$"一、{Investment}"], [.. Tasks[0]], [.. Tasks[1]], [$"二、{Welfare}"], [.. Tasks[2]]];

        var (plan, _) = PlanDocument.ParseFile(new WorkbookFile().Sheet("分解表", rows, "A3:F3", "A6:F6").Save("分解表.xlsx"));

        Assert.Equal(Chapters, plan.Tasks.Select(t => t.Chapter));
        Assert.Equal(PlanText.Json(PlanText.Parse(Sections)), PlanText.Json(plan));
    }
}
