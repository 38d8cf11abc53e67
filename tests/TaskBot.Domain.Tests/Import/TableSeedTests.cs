using TaskBot.Domain.Plans;
using TaskBot.Import;

namespace TaskBot.Domain.Tests.Import;

/// <summary>Seed 002: 鄂托克旗 2022, the table format with no deadline column.</summary>
public class TableSeedTests
{
    private static readonly PlanDraft Plan = PlanParser.ParseFile(RepoFiles.Seed("002_286189d50c2e543b.txt"));

    public static TheoryData<ExpectedTask> Tasks => new()
    {
        new(1, "全面负责旗人民政府各项重点工作。", "工作。", ["王国泉"], ["各地各部门"], ["各地各部门"], "2022-12-31", false),
        new(2, "启动重点项目“招商链”", "集群配套型和头部带动型项目。", ["贾瑞"], ["鄂托克经济开发区管委会"], ["招商引资中心"], "2022-12-31", false),
        new(15, "持续推进黄河流域生态保护和高质量发展", "百里生态长廊、多彩蒙西画卷”。",
            ["罗建勋", "柳天云"], ["发改委"], ["农牧局", "蒙西镇", "文旅局", "乡村振兴发展中心", "文旅投公司"], "2022-12-31", false),
        new(16, "实施岸线整治、土地整理、产业整合", "。", ["罗建勋", "柳天云"], ["发改委"], ["蒙西镇", "各部门"], "2022-12-31", false),
        new(33, "旗财政安排“以工补农”产业扶持资金1亿元", "持续加大投入力度。", ["柳天云"], ["财政局", "农牧局"], ["各苏木镇"], "2022-12-31", false),
        new(51, "把教学质量摆在首位", "健全质量评价监测体系。", ["崔婧"], ["教体局"], [], "2022-12-31", false),
        new(69, "加强现代智能电网建设", "变压器100台套。", ["刘锐"], ["旗供电分局", "棋盘井供电分局"], ["各苏木镇"], "2022-12-31", false),
        new(71, "聚焦新能源、新材料、现代农牧业等领域", "由要素驱动向创新驱动转变。",
            ["刘锐"], ["工信和科技局"], ["鄂托克经济开发区管委会", "财政局", "人社局"], "2022-12-31", false),
    };

    [Fact]
    public void Plan_has_72_tasks_numbered_1_to_72()
    {
        Assert.Equal(Enumerable.Range(1, 72), Plan.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void Year_comes_from_the_table_title_not_the_preambles_typo()
    {
        Assert.Equal("2022年政府工作报告目标任务分解表", Plan.Title);
        Assert.Equal(2022, Plan.Year);
    }

    [Theory, MemberData(nameof(Tasks))]
    public void Task_record_is_read_in_full(ExpectedTask expected) => expected.AssertMatches(Plan.Tasks[expected.Number - 1]);
}
