using TaskBot.Domain.Plans;
using TaskBot.Import;

namespace TaskBot.Domain.Tests.Import;

/// <summary>Seed 000: 乌审旗 2025, the numbered-section format.</summary>
public class SectionSeedTests
{
    private static readonly PlanDraft Plan = PlanParser.ParseFile(RepoFiles.Seed("000_bd77716a55a06823.txt"));

    private static readonly string[] DepartmentsAndTownships = ["旗直各部门", "各苏木镇"];
    private static readonly string[] RelevantDepartmentsAndTownships = ["旗直各有关部门", "各苏木镇"];

    public static TheoryData<ExpectedTask> Tasks => new()
    {
        new(1, "坚持以习近平新时代中国特色社会主义思想为指导", "为实现“十五五”良好开局打牢基础。",
            ["马亚栋"], ["旗政府办公室"], DepartmentsAndTownships, "2025-12-31", true),
        new(4, "开展“重大项目谋划行动”", "年内完成项目投资260亿元。",
            ["马亚栋"], ["旗发改委"], DepartmentsAndTownships, "2025-12-31", true,
            ("2025-03-31", "确保项目手续在3月份全部办结"), ("2025-04-30", "4月份全面开工")),
        new(5, "紧盯宝丰烯烃项目建设，确保3月份全面试生产。", "助力防沙治沙和风电光伏一体化工程实施。",
            ["阿拉腾朝鲁"], ["旗工信和科技局", "旗能源局"], DepartmentsAndTownships, "2025-12-31", true,
            ("2025-03-31", "确保3月份全面试生产")),
        new(7, "深入推进园区基础设施建设三年提升行动", "支撑园区高质量发展。",
            ["周永强", "阿拉腾朝鲁"], ["苏里格经济开发区"], ["旗直各有关部门"], "2025-12-31", true),
        new(21, "加快建设苏里格经济开发区一般工业固废处置", "橡塑填料等绿色产业发展。",
            ["周永强", "阿拉腾朝鲁"], ["苏里格经济技术开发区", "旗工信和科技局"], RelevantDepartmentsAndTownships, "2025-12-31", true),
        new(22, "统筹推进工业节水改造、农业节水灌溉、居民节约用水", "水量较2020年下降5%以上。",
            ["康锐"], ["旗水利局", "旗工信和科技局", "旗农牧局"], RelevantDepartmentsAndTownships, "2025-12-31", true),
        new(30, "加快补齐农村牧区基础设施短板", "新建改造农村牧区公路300公里。",
            ["阿拉腾朝鲁", "康锐", "沙健"], ["旗能源局", "旗水利局", "旗交通局"], RelevantDepartmentsAndTownships, "2025-12-31", true),
        new(44, "扛牢全面从严治党主体责任", "。",
            ["马亚栋"], ["旗政府办", "旗财政局"], ["旗直各部门", "各苏木镇"], "2025-12-31", true),
    };

    [Fact]
    public void Plan_has_44_tasks_numbered_1_to_44()
    {
        Assert.Equal(Enumerable.Range(1, 44), Plan.Tasks.Select(t => t.Number));
    }

    [Fact]
    public void Title_is_the_plans_heading_and_year_comes_from_the_signature_date()
    {
        Assert.Equal("政府工作报告重点工作任务分解方案", Plan.Title);
        Assert.Equal(2025, Plan.Year);
    }

    [Theory, MemberData(nameof(Tasks))]
    public void Task_record_is_read_in_full(ExpectedTask expected) => expected.AssertMatches(Plan.Tasks[expected.Number - 1]);

    [Fact]
    public void Padded_two_character_names_lose_their_padding()
    {
        Assert.Contains(Plan.Tasks, t => t.Leaders.Contains("沙健"));
        Assert.DoesNotContain(Plan.Tasks.SelectMany(t => t.Leaders), l => l.Any(char.IsWhiteSpace));
    }
}
