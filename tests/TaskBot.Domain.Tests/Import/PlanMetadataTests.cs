using TaskBot.Domain.Periods;
using TaskBot.Domain.Plans;
using TaskBot.Import;

namespace TaskBot.Domain.Tests.Import;

/// <summary>What a document says about its plan besides the tasks: whose it is, how often units report, and task titles.</summary>
public class PlanMetadataTests
{
    private static readonly PlanDraft Seed000 = PlanParser.ParseFile(RepoFiles.Seed("000_bd77716a55a06823.txt"));
    private static readonly PlanDraft Seed002 = PlanParser.ParseFile(RepoFiles.Seed("002_286189d50c2e543b.txt"));

    [Fact]
    public void The_organisation_is_the_government_that_issues_the_plan()
    {
        Assert.Equal("乌审旗", Seed000.Organisation);
        Assert.Equal("鄂托克旗", Seed002.Organisation);
    }

    [Fact]
    public void Seed_002s_preamble_sets_a_half_monthly_report()
    {
        Assert.Equal(PeriodKind.HalfMonth, Seed002.Rhythm);
        Assert.Null(Seed000.Rhythm);
    }

    [Theory]
    [InlineData("各单位每周一调度，半月一报告。", PeriodKind.HalfMonth)]
    [InlineData("请于每月5日前报送进展，每月报送一次。", PeriodKind.Month)]
    [InlineData("各牵头单位按月报送工作进展。", PeriodKind.Month)]
    [InlineData("每周报送工作进展。", PeriodKind.Week)]
    [InlineData("每周一调度。", null)]
    public void The_rhythm_is_read_from_how_the_notice_says_it(string text, PeriodKind? rhythm) => Assert.Equal(rhythm, Rhythm.Find(text));

    [Theory]
    [InlineData(43, "引进哈林、美渡等知名企业")]
    [InlineData(67, "切实加强矿区园区牧区生态环境综合治理")]
    public void A_title_skips_the_framing_and_names_the_work(int number, string title) =>
        Assert.Equal(title, TaskTitle.Of(Seed002.Tasks.Single(t => t.Number == number).Text));

    [Theory]
    [InlineData("坚持“两个毫不动摇”，大力发展民营经济", "大力发展民营经济")]
    [InlineData("启动重点项目“招商链”，充分发挥作用", "启动重点项目“招商链”")]
    [InlineData("全面负责旗人民政府各项重点工作。", "全面负责旗人民政府各项重点工作")]
    public void Framing_is_skipped_and_quotes_are_kept_whole(string text, string title) => Assert.Equal(title, TaskTitle.Of(text));

    [Fact]
    public void A_long_clause_is_not_cut_inside_quotation_marks()
    {
        var title = TaskTitle.Of("积极承接引进京津冀长三角珠三角各类产业项目和“专精特新绿色低碳产业集群”项目");
        Assert.Equal("积极承接引进京津冀长三角珠三角各类产业项目和…", title);
    }

    [Fact]
    public void No_seed_title_ends_inside_an_open_quotation()
    {
        foreach (var task in Seed000.Tasks.Concat(Seed002.Tasks))
        {
            var title = TaskTitle.Of(task.Text);
            Assert.True(title.Count(c => c == '“') == title.Count(c => c == '”'), $"#{task.Number}: {title}");
        }
    }
}
