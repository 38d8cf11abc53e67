using TaskBot.Data;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// Task 40 of seed 002 sets five completion targets (智慧牧场30家, 高标准农田6万亩, 配种站20个, 种公羊1500只, 农机具1000台):
/// a value with a unit is of the target in that unit; otherwise 农牧局 chooses the target or answers in percent. A
/// growth rate is never a completion.
/// </summary>
[Collection(TestCollections.Reporting)]
public abstract class SeveralTargetsTests(PostgresServer postgres, StorageProvider provider) : Seed002TestBase(postgres, provider)
{
    private static readonly string[] Targets = ["智慧牧场", "高标准农田", "绒山羊配种站", "优质绒山羊种公羊", "先进实用型农机具"];

    [Fact]
    public async Task The_unit_chooses_the_target_and_gives_its_value()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局");
        await unit.SayAsync("汇报 40");
        await unit.SayAsync("正常推进");

        var asked = await unit.SayAsync("高标准农田建设已全面开工");
        Assert.Equal([.. Targets, "按百分比"], asked.Buttons());
        Assert.Contains("本任务有多个目标：智慧牧场30家、高标准农田6万亩", asked.Texts());

        Assert.Contains("按「高标准农田6万亩」填写", (await unit.SayAsync("高标准农田")).Texts());
        await unit.SayAsync("3");
        foreach (var answer in new[] { "无", "继续推进" }) await unit.SayAsync(answer);
        Assert.Contains("- 完成情况：3万亩 (50%)", (await unit.SayAsync("无")).Texts());
        Assert.Contains("已提交第40项", (await unit.SayAsync("是")).Texts());
    }

    [Fact]
    public async Task A_value_in_one_message_is_of_the_target_in_its_unit()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局");

        var readBack = (await unit.SayAsync("汇报40：正常推进，新增绒山羊配种站12个，问题：无，下步：继续推进，协调：无")).Texts();

        Assert.Contains("- 完成情况：12个 (60%)", readBack);
    }

    [Fact]
    public async Task A_bare_number_is_asked_about_and_may_be_a_percentage()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局");
        await unit.SayAsync("汇报40：正常推进，进展：各项工作有序推进");

        var asked = await unit.SayAsync("20");
        Assert.Contains("「20」是哪一项目标的完成量", asked.Texts());
        Assert.Equal([.. Targets, "按百分比"], asked.Buttons());

        Assert.Contains("请填写百分比", (await unit.SayAsync("按百分比")).Texts());
        foreach (var answer in new[] { "20", "无", "继续推进" }) await unit.SayAsync(answer);
        Assert.Contains("- 完成情况：20%", (await unit.SayAsync("无")).Texts());
    }

    [Fact]
    public async Task A_growth_rate_is_not_taken_as_the_completion()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "统计局");

        var asked = (await unit.SayAsync("汇报12：正常推进，地区生产总值增长7.8%，问题：无，下步：稳增长，协调：无")).Texts();

        Assert.Contains("目前完成了多少", asked);
        Assert.DoesNotContain("请核对", asked);
    }

    [Fact]
    public async Task The_unit_chooses_a_percentage_in_english()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局", "en-US");
        await unit.SayAsync("report 40");
        await unit.SayAsync("on schedule");

        var asked = await unit.SayAsync("farmland works started");
        Assert.Equal([.. Targets, "as a percentage"], asked.Buttons());
        Assert.Contains("How far along is it", (await unit.SayAsync("as a percentage")).Texts());
        foreach (var answer in new[] { "45", "none", "keep going" }) await unit.SayAsync(answer);
        Assert.Contains("- Completion: 45%", (await unit.SayAsync("none")).Texts());
    }

    [Fact]
    public async Task A_value_with_its_unit_is_read_in_english()
    {
        var unit = await BoundChatAsync(MemberRole.UnitReporter, "农牧局", "en-US");
        await unit.SayAsync("report 40");
        await unit.SayAsync("on schedule");
        await unit.SayAsync("farmland works started");

        Assert.Contains("Which target is \"20\"", (await unit.SayAsync("20")).Texts());
        foreach (var answer in new[] { "3万亩", "none", "keep going" }) await unit.SayAsync(answer);
        Assert.Contains("- Completion: 3万亩 (50%)", (await unit.SayAsync("none")).Texts());
    }
}

public sealed class SqliteSeveralTargetsTests(PostgresServer postgres) : SeveralTargetsTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlSeveralTargetsTests(PostgresServer postgres) : SeveralTargetsTests(postgres, StorageProvider.PostgreSql);
