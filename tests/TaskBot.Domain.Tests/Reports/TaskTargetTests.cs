using TaskBot.Domain.Reports;

namespace TaskBot.Domain.Tests.Reports;

/// <summary>A task's completion targets and what each counts, and values read against several of them (seed 002, task 40).</summary>
public class TaskTargetTests
{
    private const string Task40 = "发展数字农业、智慧牧场30家以上，建设高标准农田6万亩，新增绒山羊配种站20个，补贴发放优质绒山羊种公羊1500只，" +
        "推广先进实用型农机具1000台以上，农牧业综合机械化率提高到85%以上。";

    [Fact]
    public void Each_target_is_named_by_what_it_counts()
    {
        Assert.Equal(["智慧牧场30家", "高标准农田6万亩", "绒山羊配种站20个", "优质绒山羊种公羊1500只", "先进实用型农机具1000台"],
            TaskTarget.FindAll(Task40).Select(t => t.Label));
        Assert.Equal("高标准农田", TaskTarget.Find("高质量推进8.2万亩高标准农田建设")!.Name);
    }

    // Task 33 of the 2026 plan: its buttons read 标准打造产业强镇, 级衔接资金不少于 and 旗财政再拿出 (office trial).
    [Fact]
    public void A_name_starts_after_the_verb_within_it_and_leaves_out_a_bound_and_a_verb_of_spending()
    {
        const string task33 = "高标准打造产业强镇2个、乡村振兴示范村2个、宜居宜业和美乡村8个，不断拓宽农牧民增收致富渠道。" +
            "全力争取中央直达、自治区、市三级衔接资金不少于4600万元，以集体强带动农牧民富。旗财政再拿出500万元专项资金，用于解决当前畜产品销售困难。";

        Assert.Equal(["产业强镇2个", "乡村振兴示范村2个", "宜居宜业和美乡村8个", "市三级衔接资金4600万元", "专项资金500万元"],
            TaskTarget.FindAll(task33).Select(t => t.Label));
    }

    // Seeds 001–003: a verb inside what is counted stays (城镇新增就业, 产业发展资金); 等 does not start a name.
    [Theory]
    [InlineData("城镇新增就业1700人", "城镇新增就业1700人")]
    [InlineData("落实羊绒产业发展资金3000万元", "羊绒产业发展资金3000万元")]
    [InlineData("实施水塔提升改造等水利惠民工程14项", "水利惠民14项")]
    public void A_verb_that_is_part_of_the_name_stays_in_it(string text, string label) =>
        Assert.Equal(label, TaskTarget.Find(text)!.Label);

    [Fact]
    public void A_label_reads_back_as_the_same_target()
    {
        foreach (var target in TaskTarget.FindAll(Task40)) Assert.Equal(target, TaskTarget.Find(target.Label));
    }

    [Theory]
    [InlineData("3万亩", 50, "3万亩")]
    [InlineData("12个", 60, "12个")]
    public void A_value_with_a_unit_is_of_the_target_in_that_unit(string said, decimal percent, string value)
    {
        var answer = CompletionAnswer.Read(said, TaskTarget.FindAll(Task40));

        Assert.Equal((percent, value), (answer.Percent, answer.Value));
    }

    [Fact]
    public void A_bare_number_against_several_targets_is_asked_about()
    {
        Assert.Equal(CompletionProblem.WhichTarget, CompletionAnswer.Read("20", TaskTarget.FindAll(Task40)).Problem);
        Assert.Equal(CompletionProblem.WhichTarget, CompletionAnswer.Read("5个", TaskTarget.FindAll("新建学校3个，新建医院2个")).Problem);
    }

    [Theory]
    [InlineData("地区生产总值增长7.8%")]
    [InlineData("农牧业综合机械化率达到83%")]
    [InlineData("GDP grew by 7.8%")]
    public void A_rate_in_a_sentence_is_not_the_completion(string sentence) =>
        Assert.Null(CompletionAnswer.Find(sentence, TaskTarget.FindAll(Task40)));

    [Fact]
    public void A_completion_after_a_rate_in_the_same_sentence_is_read() =>
        Assert.Equal(40, CompletionAnswer.Find("机械化率83%，总体完成40%", [])!.Percent);
}
