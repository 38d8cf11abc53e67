using TaskBot.Import;
using static TaskBot.Domain.Tests.Import.Documents;

namespace TaskBot.Domain.Tests.Import;

public class SectionFormatTests
{
    [Fact]
    public void Leaders_padded_with_ascii_nbsp_or_ideographic_spaces_are_unpadded()
    {
        var plan = PlanParser.Parse(Sections(Section("一", "任务。", leaders: "康  锐、贾 \u00a0瑞、沙\u3000健")), "t.txt");
        Assert.Equal(["康锐", "贾瑞", "沙健"], plan.Tasks[0].Leaders);
    }

    [Fact]
    public void Banner_prefix_distributes_over_the_list_but_not_onto_names_with_their_own_place()
    {
        var plan = PlanParser.Parse(Sections(Section("一", "任务。", leadUnits: "旗能源局、水利局，交通局、市生态环境局乌审分局、苏里格经济开发区、各苏木镇")), "t.txt");
        Assert.Equal(["旗能源局", "旗水利局", "旗交通局", "市生态环境局乌审分局", "苏里格经济开发区", "各苏木镇"], plan.Tasks[0].LeadUnits);
    }

    [Fact]
    public void A_list_whose_first_name_lacks_the_banner_prefix_is_left_as_written()
    {
        var plan = PlanParser.Parse(Sections(Section("一", "任务。", leadUnits: "苏里格经济技术开发区，旗工信和科技局")), "t.txt");
        Assert.Equal(["苏里格经济技术开发区", "旗工信和科技局"], plan.Tasks[0].LeadUnits);
    }

    [Fact]
    public void Empty_responsible_units_are_an_empty_list()
    {
        var plan = PlanParser.Parse(Sections(Section("一", "任务。", responsible: "")), "t.txt");
        Assert.Empty(plan.Tasks[0].ResponsibleUnits);
    }

    [Theory]
    [InlineData("2025年12月底前，持续推进", "2025-12-31", true)]
    [InlineData("2026年9月30日前", "2026-09-30", false)]
    [InlineData("6月底前", "2025-06-30", false)]
    [InlineData("年内", "2025-12-31", false)]
    [InlineData("持续推进", null, true)]
    [InlineData("上半年", "2025-06-30", false)]
    [InlineData("第三季度", "2025-09-30", false)]
    [InlineData("10月中旬", "2025-10-20", false)]
    public void Deadlines_are_read_in_the_plan_year(string written, string? date, bool ongoing)
    {
        var task = PlanParser.Parse(Sections(Section("一", "任务。", deadline: written)), "t.txt").Tasks[0];
        Assert.Equal(date, task.Deadline?.ToString("yyyy-MM-dd"));
        Assert.Equal(ongoing, task.Ongoing);
    }

    [Fact]
    public void A_task_without_a_deadline_line_is_due_at_the_end_of_the_plan_year()
    {
        var task = PlanParser.Parse(Sections(Section("一", "任务。", deadline: null)), "t.txt").Tasks[0];
        Assert.Equal(new DateOnly(2025, 12, 31), task.Deadline);
        Assert.False(task.Ongoing);
    }

    [Fact]
    public void Milestones_in_the_text_are_dated_in_the_plan_year()
    {
        var task = PlanParser.Parse(Sections(Section("一", "确保3月份全面试生产，4月份全面开工，10月底前建成投运。1—11月完成投资50亿元。")), "t.txt").Tasks[0];
        Assert.Equal(
            [(new DateOnly(2025, 3, 31), "确保3月份全面试生产"), (new DateOnly(2025, 4, 30), "4月份全面开工"), (new DateOnly(2025, 10, 31), "10月底前建成投运")],
            task.Milestones.Select(m => (m.Date, m.Text)));
    }

    [Fact]
    public void A_task_text_wrapped_over_several_lines_is_one_paragraph()
    {
        var doc = Sections("一、加快建设\n一般工业固废处置场。\n牵头领导：马亚栋\n牵头单位：旗政府办\n责任单位：各苏木镇\n完成时限：年内");
        Assert.Equal("加快建设一般工业固废处置场。", PlanParser.Parse(doc, "t.txt").Tasks[0].Text);
    }

    [Fact]
    public void Sections_numbered_past_ten_are_read()
    {
        var sections = Enumerable.Range(1, 23).Select(n => Section(Numeral(n), $"任务{n}。")).ToArray();
        var plan = PlanParser.Parse(Sections(sections), "t.txt");
        Assert.Equal(Enumerable.Range(1, 23), plan.Tasks.Select(t => t.Number));
    }

    private static string Numeral(int n) => n switch
    {
        <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        < 20 => "十" + "一二三四五六七八九"[n - 11],
        _ => "二十" + (n % 10 == 0 ? "" : "一二三四五六七八九"[n % 10 - 1].ToString()),
    };
}
