using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;
using TaskBot.Data;

namespace TaskBot.Tests.Dialogs;

/// <summary>Milestones in a task's text, with reporting counted from the week TaskBot went live (so only the milestones show).</summary>
[Collection(TestCollections.Reporting)]
public abstract class MilestoneTests(PostgresServer postgres, StorageProvider provider) : SupervisionTestBase(postgres, provider)
{
    protected override void Configure(TestStore store)
    {
        base.Configure(store);
        store.With("Behind:ReportingStartsOn", "2025-06-30");
    }

    [Fact]
    public async Task A_passed_milestone_makes_the_task_yellow_and_is_named_with_its_date()
    {
        var chat = await BoundChatAsync(MemberRole.UnitReporter, "旗发改委");
        await ReportAsync(chat, 4, "正常推进", "60%");

        var text = (await chat.SayAsync("有哪些落后的")).Texts();

        Assert.Contains("🟡 **#4** 开展“重大项目谋划行动”：节点「4月份全面开工」（2025-04-30）已过 62 天", text);
    }
}

public sealed class SqliteMilestoneTests(PostgresServer postgres) : MilestoneTests(postgres, StorageProvider.Sqlite);

public sealed class PostgreSqlMilestoneTests(PostgresServer postgres) : MilestoneTests(postgres, StorageProvider.PostgreSql);
