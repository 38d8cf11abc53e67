using TaskBot.Import;
using static TaskBot.Domain.Tests.Import.Documents;

namespace TaskBot.Domain.Tests.Import;

public class TableFormatTests
{
    [Fact]
    public void A_line_break_inside_a_cell_separates_leaders()
    {
        var plan = PlanParser.Parse(Table("2022年政府工作报告目标任务分解表", ["1", "任务。", "罗建勋\n柳天云", "发改委", "农牧局"]), "t.txt");
        Assert.Equal(["罗建勋", "柳天云"], plan.Tasks[0].Leaders);
    }

    [Fact]
    public void Without_a_deadline_column_every_task_is_due_at_the_end_of_the_title_year()
    {
        var plan = PlanParser.Parse(Table("2023年政府工作报告目标任务分解表", ["1", "任务。", "王国泉", "发改委", ""]), "t.txt");
        Assert.Equal(2023, plan.Year);
        Assert.Equal(new DateOnly(2023, 12, 31), plan.Tasks[0].Deadline);
        Assert.False(plan.Tasks[0].Ongoing);
    }

    [Fact]
    public void A_townships_own_place_name_keeps_a_unit_from_taking_the_banner_prefix()
    {
        var plan = PlanParser.Parse(Table("2022年政府工作报告目标任务分解表",
            ["1", "任务。", "刘锐", "旗供电分局、棋盘井供电分局", "棋盘井镇"]), "t.txt");
        Assert.Equal(["旗供电分局", "棋盘井供电分局"], plan.Tasks[0].LeadUnits);
    }
}
