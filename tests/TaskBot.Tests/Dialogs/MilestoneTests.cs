using TaskBot.Domain.People;
using TaskBot.Tests.Infrastructure;

namespace TaskBot.Tests.Dialogs;

/// <summary>Milestones in a task's text, with reporting counted from the week TaskBot went live (so only the milestones show).</summary>
[Collection(DatabaseCollection.Name)]
public class MilestoneTests(PostgresServer postgres) : SupervisionTestBase(postgres)
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
