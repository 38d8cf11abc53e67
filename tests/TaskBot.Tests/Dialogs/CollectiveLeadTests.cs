using System.Text.RegularExpressions;
using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>
/// The seed plan with task 1 led by 各苏木镇 (supported by 旗水利局) and three townships named on task 2: each
/// township reports its own part, and neither one township nor the supporting unit speaks for the task.
/// </summary>
[Collection(TestCollections.People)]
public abstract class CollectiveLeadTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    protected override string TemplateKey => "seed 000 with collective leads";

    protected override async Task PrepareTemplateAsync(TestStore store)
    {
        var plan = EditedSeed(text =>
        {
            text = First(text, "牵头单位：旗政府办公室", "牵头单位：各苏木镇");
            text = First(text, "责任单位：旗直各部门、各苏木镇", "责任单位：旗水利局");
            return First(text, "责任单位：旗直各部门、各苏木镇", "责任单位：图克镇、嘎鲁图镇、苏力德苏木");
        });
        Assert.Equal(0, (await Shell.RunAsync(store, "import", plan, "--year", "2025", "--starts-on", "2025-01-01")).ExitCode);
    }

    [Fact]
    public async Task A_supporting_units_and_one_townships_done_leave_a_collective_led_task_open_and_counted()
    {
        var supporting = await BoundChatAsync(MemberRole.UnitReporter, "旗水利局");
        Assert.Contains("配合进展", (await ReportAsync(supporting, 1, "已完成", null)).Texts());
        var township = await BoundChatAsync(MemberRole.UnitReporter, "图克镇");
        Assert.Contains("已提交第1项本期（第27周，6月30日—7月6日）进展", (await ReportAsync(township, 1, "已完成", null)).Texts());
        var office = await BoundChatAsync(MemberRole.Office);

        Assert.Contains("牵头单位报送：各苏木镇：本期已报 1/3", (await office.SayAsync("第1项")).Texts());
        var behind = (await office.SayAsync("哪些任务滞后")).Texts();
        Assert.Contains("**#1** ", behind);
        Assert.Contains("（各苏木镇：本期已报 1/3）", behind);
        var bulletin = (await office.SayAsync("通报")).Texts();
        Assert.Contains("按状态：", bulletin);
        Assert.DoesNotContain("已完成 ", bulletin); // no task is done: the count is left out, not 已完成 1 项
        var unreported = (await office.SayAsync("未报送")).Texts();
        Assert.Contains("- 嘎鲁图镇：", unreported);
        Assert.Contains("- 苏力德苏木：", unreported);
        Assert.Contains("- #1 各苏木镇：本期已报 1/3", unreported);
    }

    private static string First(string text, string find, string replace) => new Regex(Regex.Escape(find)).Replace(text, replace, 1);
}

public sealed class SqliteCollectiveLeadTests(PostgresServer postgres) : CollectiveLeadTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlCollectiveLeadTests(PostgresServer postgres) : CollectiveLeadTests(postgres, StorageProvider.PostgreSql);
